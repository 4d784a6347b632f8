use super::*;

fn conflicts(a: &str, b: &str) -> Vec<Conflict> {
    compare(a, b).conflicts
}

/// Development aid: `cargo test -p naitei-core dump_facts -- --ignored --nocapture`.
#[test]
#[ignore = "prints the facts of every labelled pair"]
#[allow(clippy::print_stdout)]
fn dump_facts() {
    let tsv = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../eval/consistency.tsv"
    ));
    for line in tsv.lines().skip(1) {
        let c: Vec<&str> = line.split('\t').collect();
        let r = compare(c[3], c[4]);
        let mark = if r.consistent == (c[2] == "0") {
            "  "
        } else {
            "✗ "
        };
        println!("{mark}{} {} consistent={}", c[0], c[2], r.consistent);
        for t in [c[3], c[4]] {
            let n = Normalized::new(t).text;
            let m = analyze(&n);
            for f in facts::extract(&n, &m) {
                println!(
                    "    {:?} {:?} {:?} «{}»",
                    f.subject,
                    f.per,
                    f.value,
                    &n[f.span.clone()]
                );
            }
        }
    }
}

/// (first, second, expected conflict kinds): pairs not taken from the labelled TSVs, so that
/// they test the mechanism rather than the sample.
const TABLE: &[(&str, &str, &[ConflictKind])] = &[
    // Paraphrases with the same facts.
    (
        "作業時間を8時間から2時間に短縮しました。",
        "8時間かかっていた作業を2時間にしました。",
        &[],
    ),
    (
        "請求書の発行ミスを月6件から0件にしました。",
        "発行ミスは月に6件ありましたが、ゼロ件まで減らしました。",
        &[],
    ),
    ("返品率を四割下げました。", "返品率を40%削減しました。", &[]),
    (
        "二十名の部下を指導していました。",
        "部下は20人いました。",
        &[],
    ),
    (
        "希望年収は三百八十万円です。",
        "380万円を希望しています。",
        &[],
    ),
    (
        "平成30年4月に入社しました。",
        "2018年4月に入社しました。",
        &[],
    ),
    ("令和元年に入社しました。", "2019年に入社しました。", &[]),
    (
        "令和元年に入社しました。",
        "2020年に入社しました。",
        &[ConflictKind::Date],
    ),
    ("営業は6年間経験しました。", "営業職は六年です。", &[]),
    // Different things measured: never compared.
    ("チームは12名でした。", "売上を12%伸ばしました。", &[]),
    (
        "在庫の棚卸を月2回から1回にしました。",
        "部下は4名でした。",
        &[],
    ),
    ("現在の年収は350万円です。", "希望年収は400万円です。", &[]),
    ("現在の月給は22万円です。", "希望年収は400万円です。", &[]),
    (
        "現在の年収は380万円で、希望は420万円です。",
        "希望年収は420万円です。今は380万円です。",
        &[],
    ),
    (
        "前職では部下5名をまとめ、売上を前年比115%に伸ばしました。",
        "5名のメンバーと売上を15%伸ばしました。",
        &[],
    ),
    // Same thing, other value.
    (
        "現在の年収は380万円で、希望は420万円です。",
        "希望年収は450万円です。今は380万円です。",
        &[ConflictKind::Salary],
    ),
    (
        "検品ミスを月10件から3件に減らしました。",
        "検品ミスを月10件から5件に減らしました。",
        &[ConflictKind::Number],
    ),
    (
        "経費を二割削減しました。",
        "経費を35%削減しました。",
        &[ConflictKind::Number],
    ),
    (
        "部下は七名でした。",
        "9名の部下をまとめていました。",
        &[ConflictKind::Number],
    ),
    (
        "希望年収は五百万円です。",
        "希望は550万円です。",
        &[ConflictKind::Salary],
    ),
    (
        "現在の年収は400万円です。",
        "今の年収は450万円です。",
        &[ConflictKind::Salary],
    ),
    (
        "前の会社には5年勤めました。",
        "前職には2年在籍しました。",
        &[ConflictKind::Date],
    ),
    (
        "2020年に入社しました。",
        "令和4年に入社しました。",
        &[ConflictKind::Date],
    ),
    (
        "納期遅れを3割減らしました。",
        "納期遅れを半分にしました。",
        &[ConflictKind::Number],
    ),
    (
        "コストを年間200万円削減しました。",
        "コストを年間150万円削減しました。",
        &[ConflictKind::Number],
    ),
    // Lengths of stay: the tenure in a role is another fact than the tenure at the company; a
    // date range states a length of stay.
    (
        "前職には10年間勤めました。",
        "前職では主任を3年務めました。",
        &[],
    ),
    (
        "前職には物流センターで8年間勤めました。",
        "前職には5年ほど勤めました。",
        &[ConflictKind::Date],
    ),
    (
        "店長は3年間務めました。",
        "介護施設には7年勤めました。",
        &[],
    ),
    (
        "2018年4月から2023年3月まで勤めました。",
        "5年間勤めました。",
        &[],
    ),
    (
        "前職には8年間勤めました。",
        "2016年から2020年まで勤めました。",
        &[ConflictKind::Date],
    ),
    // Reasons.
    (
        "残業が月80時間を超える状態が続いたためです。",
        "上司からのパワハラに耐えられなかったためです。",
        &[ConflictKind::Reason],
    ),
    (
        "会社が倒産したためです。",
        "給料が安く、将来の生活が不安だったからです。",
        &[ConflictKind::Reason],
    ),
    (
        "経理の経験を活かして御社に貢献したいと考えました。",
        "これまでの経理経験を活かせる環境で成長したいからです。",
        &[],
    ),
];

#[test]
fn table_of_pairs() {
    let mut failures = Vec::new();
    for (a, b, expected) in TABLE {
        let got: Vec<ConflictKind> = conflicts(a, b).iter().map(|c| c.kind).collect();
        if got != *expected {
            failures.push(format!("{a} / {b}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn spans_point_into_the_source_with_full_width_text() {
    // Full-width digits are folded for analysis; positions are in the original characters.
    let c = conflicts("一次では、\n部下は３名でした。", "部下は１０名いました。");
    assert_eq!(c.len(), 1, "{c:?}");
    let f = &c[0].first;
    assert_eq!((f.line, f.column, f.end_line, f.end_column), (2, 4, 2, 6));
    assert_eq!(f.text, "３名");
    assert_eq!(c[0].subject, "部下");
    assert!(c[0].message.contains("『３名』") && c[0].message.contains("『１０名』"));
}

#[test]
fn resume_period_gives_the_length_of_stay() {
    let resume = "# 職務経歴書\n\n## 職務要約\n経理として決算業務に従事。\n\n## 職務経歴\n\n### 株式会社テスト商事（2015年10月～2021年3月）\n\n- 月次決算を10日から5日に短縮した\n";
    let r = compare(
        resume,
        "前職には5年半勤めました。月次決算は10日から5日にしました。",
    );
    assert_eq!(r.first_kind, SideKind::Resume);
    assert!(r.consistent, "{:?}", r.conflicts);
    let r = compare(resume, "前職には8年勤めました。");
    assert_eq!(r.conflicts.len(), 1, "{:?}", r.conflicts);
    assert_eq!(r.conflicts[0].kind, ConflictKind::Date);
    assert_eq!(r.conflicts[0].first.line, 8);
    let r = compare(resume, "月次決算を10日から7日に短縮しました。");
    assert_eq!(
        r.conflicts[0].kind,
        ConflictKind::Number,
        "{:?}",
        r.conflicts
    );
}

#[test]
fn a_pair_is_judged_against_pairs_not_against_a_matching_end() {
    let first = "入力ミスが月12件ほど発生していました。入力ミスを月12件から2件に減らしました。";
    let c = conflicts(first, "入力ミスは月12件から1件に減らしました。");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].first.text, "月12件から2件");
    assert!(conflicts(first, "入力ミスを月12件から2件にしました。").is_empty());
    // Without a pair on the other side, a matching end is agreement.
    assert!(
        conflicts(
            "入力ミスが月12件ありました。",
            "入力ミスを月12件から1件にしました。"
        )
        .is_empty()
    );
}

#[test]
fn every_job_of_a_resume_can_agree() {
    let resume = "# 職務経歴書\n\n## 職務要約\n事務職として勤務。\n\n## 職務経歴\n\n### 株式会社A（2012年4月～2018年3月）\n\n- 受注事務を担当\n\n### 株式会社B（2018年4月～2021年3月）\n\n- 出荷事務を担当\n";
    assert!(compare(resume, "前職には6年勤めました。").consistent);
    assert!(compare(resume, "前職には3年勤めました。").consistent);
    assert!(!compare(resume, "前職には10年勤めました。").consistent);
    assert!(compare(resume, "2018年4月に入社しました。").consistent);
    assert!(!compare(resume, "2015年に入社しました。").consistent);
}

#[test]
fn a_qualified_noun_belongs_to_its_own_number() {
    let c = conflicts(
        "前職では部下5名をまとめ、売上を前年比115%に伸ばしました。",
        "5名のメンバーと売上を25%伸ばしました。",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(
        (c[0].kind, c[0].subject.as_str()),
        (ConflictKind::Number, "売上")
    );
}
