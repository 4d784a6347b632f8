use super::*;

/// Does `rule` fire on an answer of `kind`?
pub(crate) fn rule_fires(rule: &str, kind: QuestionKind, text: &str) -> bool {
    review(text, kind, &Config::default())
        .diagnostics
        .iter()
        .any(|d| d.rule == rule)
}

fn sig(kind: QuestionKind, text: &str) -> (bool, Signals) {
    let r = review(text, kind, &Config::default());
    (r.weak, r.signals)
}

#[test]
fn strong_answers_have_evidence_and_contribution() {
    let (weak, s) = sig(
        QuestionKind::Motive,
        "御社の物流拠点の新設に伴う募集を拝見しました。前職で倉庫の動線を見直し歩行距離を3割減らした経験を、新拠点の立ち上げで活かし、早期の安定稼働に貢献したいと考えています。",
    );
    assert!(!weak && s.contribution && s.evidence && s.future, "{s:?}");
    assert!(!s.status_only && !s.learning && !s.negative);
}

#[test]
fn status_mentioned_in_passing_is_not_status_only() {
    let (weak, s) = sig(
        QuestionKind::Motive,
        "正社員の募集であることもきっかけですが、それ以上に、前職で衛生監査の指摘をゼロにした品質管理の経験を、御社の新工場で活かしたいと考えています。",
    );
    assert!(s.mentions_status && !s.status_only && !weak, "{s:?}");
}

#[test]
fn score_orders_answers() {
    let strong = review(
        "店長として廃棄率を下げる仕組みを作り、利益率を2ポイント改善しました。御社の新店舗でも、数字を見ながら運営を改善していけます。",
        QuestionKind::Pr,
        &Config::default(),
    );
    let weak = review(
        "正社員になりたいです。",
        QuestionKind::Reason,
        &Config::default(),
    );
    assert!(strong.score >= 60 && weak.score < 60 && strong.score > weak.score);
    assert_eq!(weak.speaking_seconds, 2);
}

#[test]
fn splits_markdown_by_question_headings() {
    let md = "# 面接対策\n\n## 転職理由\n今はアルバイトです。\n\n## 志望動機\n御社の事業に惹かれました。\n\n【自己PR】\n協調性があります。\n";
    let parts = split(md);
    let kinds: Vec<_> = parts.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [
            Some(QuestionKind::Reason),
            Some(QuestionKind::Motive),
            Some(QuestionKind::Pr)
        ]
    );
    assert_eq!(parts[0].line, 4);
    assert_eq!(parts[0].text.trim(), "今はアルバイトです。");
    assert_eq!(split("一つだけの回答です。\n")[0].kind, None);
}

#[test]
fn heading_kinds() {
    assert_eq!(
        QuestionKind::from_heading("Q. あなたの短所を教えてください"),
        Some(QuestionKind::Weakness)
    );
    assert_eq!(
        QuestionKind::from_heading("自己ＰＲ"),
        Some(QuestionKind::Pr)
    );
    assert_eq!(
        QuestionKind::from_heading("最後に何か質問はありますか"),
        Some(QuestionKind::Reverse)
    );
}

#[test]
fn writing_rules_apply_to_answers() {
    let r = review(
        "前職の経験を活かせると思います。すぐに見れる資料を作りました。",
        QuestionKind::Pr,
        &Config::default(),
    );
    let rules: Vec<&str> = r.diagnostics.iter().map(|d| d.rule).collect();
    assert!(
        rules.contains(&"weak-phrase") && rules.contains(&"ra-nuki"),
        "{rules:?}"
    );
}
