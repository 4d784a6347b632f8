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

/// Every non-empty line of the 職務経歴 part is an item or says what it is instead.
fn assert_no_career_line_dropped(src: &str, name: &str) {
    let d = Document::parse(src);
    for (i, l) in d.lines.iter().enumerate() {
        if d.sections[l.section].kind != SectionKind::Career || l.kind == LineKind::Blank {
            continue;
        }
        assert!(
            l.role.is_some(),
            "{name}:{}: career line without a role: {:?}",
            l.number,
            d.line_content(i)
        );
        if l.role == Some(LineRole::Item) {
            assert!(d.career_items().contains(&i), "{name}:{}", l.number);
            assert!(l.episode.is_some(), "{name}:{}", l.number);
        }
    }
}

const PROJECT_LAYOUT: &str = "■職務要約\n受発注システムの開発に8年携わってきました。\n\n■職務経歴\n株式会社テックブリッジ（2016年4月〜現在）\n事業内容：受託開発／従業員数：300名\n\n【プロジェクト概要】物流会社の受発注システム刷新\n【期間】2019年4月〜2021年3月\n【役割】サブリーダー（メンバー6名）\n【使用技術】Java, Spring Boot, PostgreSQL\n【担当業務】\n・基本設計、詳細設計、レビュー\n・受注データの取込処理を設計・開発。\n→月40時間の作業削減を達成\n【関連知識】物流業務（入出荷・在庫）\n\n【プロジェクト概要】社内の勤怠システム更改\n【期間】2021年4月〜現在\n・要件定義と移行計画の作成を担当\n\n■活かせる経験・知識・スキル\n・Java、SQLでの業務システム開発\n";

#[test]
fn in_job_labels_never_open_a_section() {
    let d = Document::parse(PROJECT_LAYOUT);
    let kinds: Vec<SectionKind> = d.sections.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            SectionKind::Front,
            SectionKind::Summary,
            SectionKind::Career,
            SectionKind::Skills
        ]
    );
    assert_eq!(
        d.jobs.len(),
        1,
        "projects and 期間 lines are sub-blocks: {:?}",
        d.jobs
    );
    assert_eq!(d.jobs[0].company.as_deref(), Some("株式会社テックブリッジ"));
    let items: Vec<&str> = d
        .career_items()
        .iter()
        .map(|&i| d.line_content(i))
        .collect();
    assert_eq!(
        items,
        [
            "基本設計、詳細設計、レビュー",
            "受注データの取込処理を設計・開発。",
            "月40時間の作業削減を達成",
            "要件定義と移行計画の作成を担当"
        ],
        "labels, tool lists and 会社概要 lines are not items"
    );
    assert_no_career_line_dropped(PROJECT_LAYOUT, "project layout");
}

#[test]
fn an_arrow_line_joins_its_action() {
    let d = Document::parse(PROJECT_LAYOUT);
    let line = |t: &str| {
        d.lines
            .iter()
            .position(|l| d.text()[l.range.clone()].contains(t))
            .unwrap()
    };
    let act = line("取込処理を設計");
    let res = line("月40時間");
    assert_eq!(d.lines[act].episode, d.lines[res].episode);
    assert_ne!(d.lines[line("基本設計")].episode, d.lines[act].episode);
}

#[test]
fn dispatch_blocks_education_and_periods() {
    let src = "■職務経歴\n株式会社パーソナル（派遣元）に登録（2017年4月〜現在）\n派遣先：大栄電材株式会社（2017年4月〜2019年6月）\n・受注入力\n派遣先：東和トレーディング株式会社（2019年7月〜現在）\n・貿易事務\n2020年4月〜2020年6月 職業訓練（簿記）\n・仕訳の演習\n■学歴\n2013年4月〜2017年3月 東西大学 経済学部\n";
    let d = Document::parse(src);
    assert_eq!(
        d.jobs.len(),
        1,
        "派遣先 and 研修 periods stay in the employer: {:?}",
        d.jobs
    );
    assert!(d.section_of(SectionKind::Education).is_some());
    assert_no_career_line_dropped(src, "dispatch");
}

#[test]
fn labelled_parts_form_one_episode() {
    let src = "■職務経歴\n株式会社A（2018年4月〜現在）\n・【課題】伝票の入力漏れが月10件あった\n・【取り組み】チェック表を作成した\n・【成果】入力漏れを月1件に減らした\n・【課題】電話の取り次ぎが遅れていた\n";
    let d = Document::parse(src);
    let eps: Vec<Option<usize>> = d
        .career_items()
        .iter()
        .map(|&i| d.lines[i].episode)
        .collect();
    assert_eq!(eps[0], eps[1]);
    assert_eq!(eps[1], eps[2]);
    assert_ne!(eps[2], eps[3], "a new 課題 starts a new achievement");
}

#[test]
fn no_career_line_is_dropped_in_the_development_corpus() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../eval/resumes/dev");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut n = 0;
    for e in entries.flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "md") {
            let src = std::fs::read_to_string(&p).unwrap();
            assert_no_career_line_dropped(&src, &p.display().to_string());
            n += 1;
        }
    }
    assert!(n >= 30, "{n} résumés");
}

/// `NAITEI_ROLES=path cargo test -p naitei-core --lib document::tests::print_roles -- --ignored
/// --nocapture`: each line's kind, role and block, to see how a layout is read.
#[test]
#[ignore = "prints the structure of a file given by hand"]
#[allow(clippy::print_stdout)]
fn print_roles() {
    let Ok(path) = std::env::var("NAITEI_ROLES") else {
        return;
    };
    let src = std::fs::read_to_string(path).unwrap();
    let d = Document::parse(&src);
    for l in &d.lines {
        println!(
            "{:3} {:?} {:?} job={:?} ep={:?} {}",
            l.number,
            l.kind,
            l.role,
            l.job,
            l.episode,
            &d.text()[l.range.clone()]
        );
    }
    for j in &d.jobs {
        println!("{j:?}");
    }
}

#[test]
fn career_by_field_has_no_employer_blocks() {
    for src in [
        "■職務経歴（キャリア式）\n〈1〉受注事務（通算約5年）\n・受注入力を担当。\n〈2〉経理補助（約3年）\n・仕訳入力を担当。\n■職歴\n2015年4月〜2020年3月 株式会社A\n2020年4月〜現在 株式会社B\n",
        "【職務経歴】\n【法人営業　通算8年】\n・新規開拓を担当。\n【販売　通算3年】\n・接客販売。\n【在籍企業】\n- 2010年4月〜2013年3月 株式会社C\n- 2013年4月〜現在 株式会社D\n",
        "■職務経歴\n1．新規開拓営業（通算約6年）\n・法人向けに提案。\n2．代理店営業（2020年〜現在）\n・代理店を担当。\n【職歴】\n2014年4月〜2020年3月 株式会社E\n2020年4月〜現在 株式会社F\n",
        // A field named first, the companies where it was done only in its bracket.
        "【職務経歴】\n◆仕入・在庫管理（株式会社G）\n・発注と棚卸を担当。\n\n◆接客・売場づくり（株式会社H、株式会社J）\n・売場の陳列を担当。\n\n◆在籍企業\n・2012年4月〜2016年3月 株式会社J\n・2016年4月〜2019年3月 株式会社H\n・2019年4月〜現在 株式会社G\n",
    ] {
        let d = Document::parse(src);
        assert_eq!(d.employers().count(), 0, "{src}: {:?}", d.jobs);
        assert!(d.jobs.iter().all(|j| j.field));
        assert_eq!(d.career_items().len(), 2, "{src}");
        assert_no_career_line_dropped(src, "field");
    }
    // Employers with their own duty lines stay employers.
    let d = Document::parse(
        "■職務経歴\n株式会社A（2015年4月〜2020年3月）\n・受注入力を担当。\n株式会社B（2020年4月〜現在）\n・経理を担当。\n",
    );
    assert_eq!(d.employers().count(), 2);
}

#[test]
fn the_workplace_line_under_an_employer_is_no_second_employer() {
    let src = "【職務経歴】\n2014年4月 株式会社さくら介護 入社\n（事業内容：訪問介護）\n訪問介護事業所 ホームヘルパー（正社員）\n・身体介護と生活援助を担当。\n2018年3月 退職\n\n2018年4月 社会福祉法人 みどり会 入職\n・特養で介護を担当。\n";
    let d = Document::parse(src);
    assert_eq!(d.employers().count(), 2, "{:?}", d.jobs);
    assert_no_career_line_dropped(src, "workplace");
}

#[test]
fn a_labelled_result_line_closes_its_achievement() {
    let src = "■職務経歴\n株式会社A（2018年4月〜現在）\n不良の流出が続いていたため、\n検査の仕組みを構築しました。\n成果：クレーム件数を年間28件から9件に削減\n検査基準が人によって異なっていたため、限度見本を整備しました。\n成果：不一致率が12%から3%に\n";
    let d = Document::parse(src);
    let eps: Vec<Option<usize>> = d
        .career_items()
        .iter()
        .map(|&i| d.lines[i].episode)
        .collect();
    assert_eq!(eps[0], eps[2], "{eps:?}");
    assert_ne!(eps[2], eps[3], "{eps:?}");
    assert_eq!(eps[3], eps[4], "{eps:?}");
}

#[test]
fn a_duty_bullet_that_names_a_legal_entity_in_a_compound_is_an_item() {
    let src = "## 職務経歴\n### 医療法人みどり会（2018年4月〜現在）\n- 医療法人会計基準に沿った決算書の作成、監査法人の監査への対応\n- 月次試算表の作成\n";
    let d = Document::parse(src);
    assert_eq!(d.employers().count(), 1, "{:?}", d.jobs);
    assert_eq!(d.career_items().len(), 2);
    assert_no_career_line_dropped(src, "legal entity in a duty");
    // An employer written as a bullet stays an employer.
    let d = Document::parse("## 職務経歴\n- 株式会社A（2015年4月〜現在）\n- 受注入力を担当。\n");
    assert_eq!(d.employers().count(), 1, "{:?}", d.jobs);
}

#[test]
fn entry_and_exit_lines_keep_one_employer_with_its_posts() {
    // The 履歴書-like layout: 「YYYY年M月　会社　入社」, dated posts under it, 「… 退職」.
    let src = "■職務経歴\n\n2014年4月　株式会社みなみ設備　入社\n2014年4月～2018年3月　工事部（現場補助）\n- 配管工事の現場補助\n2018年4月～2021年9月　保守サービス課\n- 空調設備の定期点検\n2021年9月　一身上の都合により退職\n\n2021年10月　北斗サービス株式会社　入社\n- ビル設備の保守\n";
    let d = Document::parse(src);
    assert_eq!(d.employers().count(), 2, "{:?}", d.jobs);
    assert_eq!(d.career_items().len(), 3);
    assert_no_career_line_dropped(src, "entry and exit lines");
}

#[test]
fn a_dated_training_line_inside_an_employer_is_a_line_to_review() {
    for src in [
        "■職務経歴\n株式会社A（2016年4月〜現在）\n2016年4月～6月　新人研修（ビジネスマナー、受注システムの操作）\n・受注入力を担当\n",
        "■職務経歴\n2016年4月　株式会社A　入社\n2016年4月～6月　新人研修（電話応対、商品知識）\n2016年7月　営業部に配属\n・受注入力を担当\n",
    ] {
        let d = Document::parse(src);
        let training = d
            .lines
            .iter()
            .position(|l| d.text()[l.range.clone()].contains("新人研修"))
            .unwrap();
        assert_eq!(d.lines[training].role, Some(LineRole::Item), "{src}");
        assert!(d.career_items().contains(&training));
        assert_eq!(d.jobs.len(), 1, "{:?}", d.jobs);
        assert_no_career_line_dropped(src, "training");
    }
}

#[test]
fn an_entry_line_under_the_employer_heading_is_the_same_employer() {
    let src = "## 職務経歴\n### 株式会社東西設備（2022年6月～現在）\n事業内容：設備の保守\n2022年6月　株式会社東西設備　入社　業務部に配属\n- 保守点検の受付\n### 北南フーズ株式会社（2016年4月～2022年5月）\n2016年4月　北南フーズ株式会社　入社\n- 受注入力\n2022年5月　一身上の都合により退職\n";
    let d = Document::parse(src);
    assert_eq!(d.jobs.len(), 2, "{:?}", d.jobs);
    assert_no_career_line_dropped(src, "entry");
}

#[test]
fn an_overview_of_employers_above_blocks_by_field_is_no_block() {
    let src = "■職務経歴（経歴の概要）\n2012年4月〜2018年3月　株式会社北斗商事（文具卸）　ルート営業\n2018年4月〜現在　　株式会社みなと人材（人材紹介）　法人営業 → 2022年4月より主任\n\n■職務経歴（分野別）\n◆ルート営業\n・文具店約60店への定期訪問\n・棚替えの提案書を店ごとに作成し、配荷率を3ポイント上げた\n◆法人営業\n・製造業への人材紹介の提案\n";
    let d = Document::parse(src);
    assert_eq!(d.employers().count(), 0, "{:?}", d.jobs);
    assert_eq!(d.career_items().len(), 3);
    let overview = d
        .lines
        .iter()
        .find(|l| d.text()[l.range.clone()].contains("みなと人材"))
        .unwrap();
    assert_eq!(overview.role, Some(LineRole::Info));
    assert_no_career_line_dropped(src, "overview");
    // Final results written as a bullet of their own continue the achievement above.
    let d = Document::parse(
        "■職務経歴\n株式会社南風建設（2015年4月〜現在）\n・資材の高騰で予算超過が見込まれたため、仕様の変更を設計者に3件提案\n・最終的に原価を実行予算内に収め、粗利率12%を確保\n・安全パトロールを担当\n",
    );
    let ep = |t: &str| {
        d.lines
            .iter()
            .find(|l| d.text()[l.range.clone()].contains(t))
            .unwrap()
            .episode
    };
    assert_eq!(ep("仕様の変更"), ep("最終的に"));
    assert_ne!(ep("最終的に"), ep("安全パトロール"));
    // A dated change of post is a fact of the block; 「翌年度の…」 continues the act above.
    let src = "■職務経歴\n株式会社緑風会（2016年4月〜現在）\n2016年4月　介護職員として入職\n2021年4月　ユニットリーダーに任命（職員6名）\n・転倒が続いたため、夜間の見守りの順路を作り直して会議で提案しました。\n・翌年度の転倒件数は前年の14件から5件に減りました。\n";
    let d = Document::parse(src);
    let line = |t: &str| {
        d.lines
            .iter()
            .find(|l| d.text()[l.range.clone()].contains(t))
            .unwrap()
    };
    assert_eq!(line("ユニットリーダー").role, Some(LineRole::Info));
    assert_eq!(line("見守り").episode, line("翌年度").episode);
    assert_eq!(d.employers().count(), 1);
    assert_no_career_line_dropped(src, "posts");
}

#[test]
fn a_list_of_employers_under_the_career_heading_keeps_the_sections_after_it() {
    // 「◆職務経歴」 then 「【職歴一覧】」: the ◆自己PR after the blocks by field is its own section,
    // not lines of the last block.
    let src = "◆職務経歴\n【職歴一覧】\n2012年4月〜2018年3月　株式会社A亭　調理\n2018年4月〜現在　株式会社B食堂　店長\n\n【店舗運営】\n・シフトの作成\n\n◆資格\n・調理師免許\n\n◆自己PR\n現場を見て動くことを心がけてきました。\n";
    let d = Document::parse(src);
    assert!(
        d.section_of(SectionKind::SelfPr).is_some(),
        "{:?}",
        d.sections
    );
    assert!(
        d.section_of(SectionKind::Qualifications).is_some(),
        "{:?}",
        d.sections
    );
    let items: Vec<&str> = d
        .career_items()
        .iter()
        .map(|&i| d.line_content(i))
        .collect();
    assert_eq!(items, ["シフトの作成"]);
}

#[test]
fn a_dated_achievement_heading_inside_the_employers_period_is_no_employer() {
    let src = "## 職務経歴\n\n**三和化工株式会社（2012年4月～現在）**\n- 2012年4月　入社　製造部 加硫ライン\n- 加硫プレスの運転\n\n**■外観不良の低減（2020年～2021年）**\n- 【課題】不良率が3%を超えていた\n- 【取り組み】不良品を調べ、原因を突き止めた\n- 【取り組み】ガイドの材質を変えた\n- 【成果】不良率は1.2%に下がった\n";
    let d = Document::parse(src);
    assert_eq!(d.employers().count(), 1, "{:?}", d.jobs);
    // The dated entry with its post is a fact of the block, not a duty.
    let items: Vec<&str> = d
        .career_items()
        .iter()
        .map(|&i| d.line_content(i))
        .collect();
    assert!(!items.iter().any(|t| t.contains("入社")), "{items:?}");
    // 【課題】, two 【取り組み】 and 【成果】 are one achievement.
    let eps: Vec<usize> = d
        .career_items()
        .iter()
        .filter(|&&i| d.lines[i].part.is_some())
        .map(|&i| d.lines[i].episode.unwrap())
        .collect();
    assert_eq!(eps.len(), 4);
    assert!(eps.iter().all(|&e| e == eps[0]), "{eps:?}");
}

#[test]
fn a_paragraph_indented_under_a_bullet_is_one_achievement() {
    let src = "■職務経歴\n株式会社A（2015年4月〜現在）\n・社用車の予約が紙の台帳に分かれていて、二重予約が月に数件起きていました。\n　予約をグループウェアに一本化しました。\n　二重予約はなくなりました。\n・備品の発注\n";
    let d = Document::parse(src);
    let items = d.career_items();
    let ep = |k: usize| d.lines[items[k]].episode;
    assert_eq!(ep(0), ep(1));
    assert_eq!(ep(1), ep(2));
    assert_ne!(ep(2), ep(3));
}

#[test]
fn a_project_named_by_an_institution_inside_a_kanji_dated_employer_is_no_employer() {
    let src = "■職務経歴\n◆株式会社光進電設（平成二十六年四月〜現在）\n・電気設備工事の施工管理\n\n　○総合病院改修工事のうち電気設備工事（令和二年六月〜令和三年十月）\n　・工程と安全の管理\n";
    let d = Document::parse(src);
    assert_eq!(d.employers().count(), 1, "{:?}", d.jobs);
    assert_eq!(d.jobs[0].period.as_deref(), Some("平成26年4月〜現在"));
    assert_eq!(d.career_items().len(), 2);
}
