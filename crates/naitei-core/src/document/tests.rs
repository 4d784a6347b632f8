use super::*;

const SAMPLE: &str = "# 職務経歴書\n\n2024年11月1日現在　氏名　山田 花子\n\n## 職務要約\n\n大学卒業後、物流会社で8年間、倉庫管理に従事してきました。\n\n## 職務経歴\n\n### 株式会社サンプル物流（2016年4月〜現在）\n\n事業内容：倉庫・配送\n雇用形態：正社員\n\n【業務内容】\n・入出荷管理を担当。\n・アルバイト20名のシフト管理。\n\n【実績】\n・ピッキング動線を見直し、歩行距離を3割削減した。\n\n■自己PR\n数字を使った改善が得意です。\n";

#[test]
fn sections_and_jobs() {
    let d = Document::parse(SAMPLE);
    let kinds: Vec<SectionKind> = d.sections.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            SectionKind::Front,
            SectionKind::Front,
            SectionKind::Summary,
            SectionKind::Career,
            SectionKind::SelfPr
        ]
    );
    assert_eq!(d.jobs.len(), 1, "{:?}", d.jobs);
    let job = &d.jobs[0];
    assert_eq!(job.company.as_deref(), Some("株式会社サンプル物流"));
    assert_eq!(job.period.as_deref(), Some("2016年4月〜現在"));
    assert_eq!(job.employment.as_deref(), Some("正社員"));
    let items: Vec<&str> = job.items.iter().map(|&i| d.line_content(i)).collect();
    assert_eq!(
        items,
        [
            "入出荷管理を担当。",
            "アルバイト20名のシフト管理。",
            "ピッキング動線を見直し、歩行距離を3割削減した。"
        ]
    );
}

#[test]
fn plain_text_layout() {
    let src = "■職務要約\n営業事務として5年間勤務。\n\n■職務経歴\n◆株式会社ABC商事\n2018年4月〜2023年3月　契約社員\n① 受発注業務\n② 請求書の発行\n\n■活かせる経験・知識・スキル\n・Excel（VLOOKUP、ピボット）\n";
    let d = Document::parse(src);
    assert_eq!(d.jobs.len(), 1, "{:?}", d.jobs);
    assert_eq!(d.jobs[0].period.as_deref(), Some("2018年4月〜2023年3月"));
    assert_eq!(d.jobs[0].employment.as_deref(), Some("契約社員"));
    assert_eq!(d.jobs[0].items.len(), 2);
    assert!(d.section_of(SectionKind::Skills).is_some());
}

#[test]
fn markdown_table_rows_are_items() {
    let src = "## 職務経歴\n### 株式会社テスト\n| 期間 | 業務内容 |\n|---|---|\n| 2019年4月〜 | 経費精算システムを導入し、処理時間を半減した |\n";
    let d = Document::parse(src);
    let items = d.career_items();
    assert_eq!(items.len(), 1);
    assert!(d.line_content(items[0]).contains("経費精算"));
}

#[test]
fn positions_are_in_source_characters() {
    let src = "## 職務経歴\n・売上を１２０％に伸ばした。\n";
    let d = Document::parse(src);
    let at = d.text().find("120%").unwrap();
    assert_eq!(d.position(at), (2, 5));
    assert_eq!(d.end_position(at + 4), (2, 9));
}

#[test]
fn bullets_without_sections_are_items() {
    let d = Document::parse("・受注入力を担当。\n・見積の作成時間を半分にした。\n");
    assert_eq!(d.career_items().len(), 2);
}

#[test]
fn never_panics_on_odd_input() {
    for s in [
        "",
        "\n\n",
        "【",
        "###",
        "| |",
        "■",
        "```\n# x\n",
        "【職務経歴】【",
        "①",
        "\u{FEFF}",
    ] {
        let d = Document::parse(s);
        let _ = d.career_items();
    }
}
