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
    assert!(!s.status_only && !weak, "{s:?}");
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
        super::kind_from_heading("Q. あなたの短所を教えてください"),
        Some(QuestionKind::Weakness)
    );
    assert_eq!(super::kind_from_heading("自己ＰＲ"), Some(QuestionKind::Pr));
    assert_eq!(
        super::kind_from_heading("最後に何か質問はありますか"),
        Some(QuestionKind::Reverse)
    );
    // Spoken questions: the heading names first, then the cues; 「その他」 when nothing fits.
    for (question, kind) in [
        ("自己紹介をお願いします", QuestionKind::Intro),
        ("なぜ当社を志望されたのですか", QuestionKind::Motive),
        ("前の会社を辞めたのはなぜですか", QuestionKind::Reason),
        ("最後に何かご質問は", QuestionKind::Reverse),
        ("趣味は何ですか", QuestionKind::Other),
    ] {
        assert_eq!(super::kind_from_question(question), kind, "{question}");
    }
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

/// Prints the structure of the answers in `NAITEI_ANSWER_DEBUG` (one per line); a development
/// aid, run with `--ignored --nocapture`.
#[test]
#[ignore]
#[allow(clippy::print_stdout)]
fn debug_structure() {
    let Ok(path) = std::env::var("NAITEI_ANSWER_DEBUG") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    for line in text.lines() {
        let doc = crate::document::Document::parse(line);
        println!("== {line}");
        for s in structure::sentences(&doc) {
            for g in &s.groups {
                println!(
                    "  {} [{}] {:?} past={} prog={} wish={} neg={} pass={} bene={} link={} adn={} obj={} num={} | exp={} con={} wish={}",
                    g.base,
                    doc.slice(g.span.clone()),
                    g.time,
                    g.own_past,
                    g.progressive,
                    g.wish,
                    g.negated,
                    g.passive,
                    g.benefactive,
                    g.linked,
                    g.adnominal,
                    g.object,
                    g.number,
                    is_experience(&s, g),
                    is_contribution(doc.text(), &s, g),
                    is_work_wish(doc.text(), &s, g),
                );
                println!(
                    "    chain_args=[{}] names_work={} morphs={:?}",
                    s.morphs[g.chain_args.clone()]
                        .iter()
                        .map(|m| m.surface.as_str())
                        .collect::<Vec<_>>()
                        .join("|"),
                    names_work(&s, &g.chain_args),
                    s.morphs[g.chain_args.clone()]
                        .iter()
                        .map(|m| (m.pos1, m.pos2))
                        .collect::<Vec<_>>()
                );
            }
        }
        let (sig, _) = signals(&doc, QuestionKind::Other);
        println!("  {sig:?}");
    }
}

/// Quotes the messages may contain that are not taken from the answer (advice wording and the
/// suggested 逆質問).
fn fixed_quote(q: &str) -> bool {
    q == "貢献"
        || q == "うちでも同じ理由で辞めるのでは"
        || q == "教わる前提"
        || lexicon::SUGGESTED_QUESTIONS.contains(&q)
        || QuestionKind::ALL
            .iter()
            .any(|k| k.strong_answer().contains(&format!("「{q}」")))
}

/// Every development row (dev.tsv and dev-b.tsv): no answer-* message states something the answer does not contain.
/// Quotes are exact substrings of the answer, cut at morpheme boundaries; 経験／実現したいこと
/// are said to be present only when the signal found a span; the length finding appears only
/// when the length is off, with the same speaking time as the header.
#[test]
fn messages_never_contradict_the_text() {
    let mut checked = 0;
    for name in ["dev.tsv", "dev-b.tsv"] {
        let path = format!("{}/../../eval/answers/{name}", env!("CARGO_MANIFEST_DIR"));
        let tsv = std::fs::read_to_string(&path).expect("eval/answers development set");
        let table = crate::eval::Table::parse(&tsv).unwrap();
        checked += messages_match_text(&table);
    }
    assert!(checked > 80, "only {checked} quotes checked");
}

/// Checks every row of one table (see above); returns the number of quotes checked.
fn messages_match_text(table: &crate::eval::Table) -> usize {
    let (kind_col, text_col) = (table.col("kind").unwrap(), table.col("text").unwrap());
    let mut checked = 0;
    for row in &table.rows {
        let kind = QuestionKind::parse(row.1[kind_col].trim()).unwrap();
        let text = &row.1[text_col];
        let r = review(text, kind, &Config::default());
        let doc = crate::document::Document::parse(text);
        let norm = doc.text();
        let bounds: std::collections::HashSet<usize> = doc
            .lines
            .iter()
            .flat_map(|l| l.morphs.iter().flat_map(|m| [m.range.start, m.range.end]))
            .collect();
        for d in r
            .diagnostics
            .iter()
            .filter(|d| d.rule.starts_with("answer-"))
        {
            let m = &d.message;
            let mut rest = m.as_str();
            while let Some(open) = rest.find('「') {
                let after = &rest[open + '「'.len_utf8()..];
                let close = after.find('」').expect("closed quote");
                let q = &after[..close];
                rest = &after[close..];
                if fixed_quote(q) {
                    continue;
                }
                let at = norm.find(q).unwrap_or_else(|| {
                    panic!("{}: quote 「{q}」 not in the answer: {m}", row.1[0])
                });
                assert!(
                    bounds.contains(&at) && bounds.contains(&(at + q.len())),
                    "{}: quote 「{q}」 cut inside a morpheme",
                    row.1[0]
                );
                checked += 1;
            }
            if m.contains("経験は語られています") || d.rule == "answer-no-number" {
                assert!(r.signals.evidence, "{}: {m}", row.1[0]);
            }
            if m.contains("実現したいことは語られています") {
                assert!(r.signals.future, "{}: {m}", row.1[0]);
            }
            assert!(!m.contains("貢献したい気持ちは伝わります"), "{m}");
            if m.contains("「貢献」と言うだけでは") {
                assert!(
                    norm.contains("貢献") && !r.signals.contribution,
                    "{}: {m}",
                    row.1[0]
                );
            }
            if m.contains("という行動の結果") {
                assert!(r.signals.evidence && !r.signals.result, "{}: {m}", row.1[0]);
            }
            if m.contains("学んだことは語られています")
                || m.contains("失敗の後のことは語られています")
            {
                assert!(
                    m.contains("」と学んだ") || r.signals.lesson,
                    "{}: {m}",
                    row.1[0]
                );
            }
            if d.rule == "answer-length" {
                assert!(
                    r.speaking_seconds < kind.min_seconds()
                        || r.speaking_seconds > kind.max_seconds(),
                    "{}: length finding inside the target",
                    row.1[0]
                );
                let secs = r.speaking_seconds;
                assert!(
                    m.contains(&format!("約{secs}秒"))
                        || m.contains(&format!("約{}分{}秒", secs / 60, secs % 60)),
                    "{}: {m} vs {secs}s",
                    row.1[0]
                );
            }
            if d.rule == "answer-no-contribution" {
                assert!(!r.signals.contribution);
            }
        }
    }
    checked
}

#[test]
fn one_sentence_with_nothing_in_it_is_never_good() {
    for &kind in QuestionKind::ALL {
        if kind == QuestionKind::Reverse {
            continue;
        }
        let r = review(
            "前職で色々な経験ができたが、これからは専門性を伸ばしたいので辞めた。",
            kind,
            &Config::default(),
        );
        assert!(r.weak && r.score < 60, "{kind:?}: {}", r.score);
        assert!(
            !r.signals.evidence && !r.signals.contribution,
            "{:?}",
            r.signals
        );
    }
}

#[test]
fn reverse_questions_are_judged_as_questions() {
    let polite = review(
        "入社後に最初に担当する業務と、配属先のチームの体制を教えていただけますか。",
        QuestionKind::Reverse,
        &Config::default(),
    );
    let none = review(
        "特にありません。",
        QuestionKind::Reverse,
        &Config::default(),
    );
    let pay = review(
        "年間休日は何日ですか。また、残業は月にどれくらいありますか。",
        QuestionKind::Reverse,
        &Config::default(),
    );
    assert!(
        !polite.weak && !polite.signals.learning,
        "{:?}",
        polite.signals
    );
    assert!(none.weak && pay.weak && pay.signals.status_only);
    assert!(polite.score > none.score && polite.score > pay.score);
    assert_eq!(polite.suggested_questions.len(), 3);
    assert!(polite.diagnostics.iter().all(|d| d.rule != "answer-length"));
}

#[test]
fn a_strong_strength_needs_no_company_contribution() {
    let r = review(
        "私の強みは、現場の声を仕組みに変えることです。前職の総務では、発注が各部署からばらばらに届き、漏れが起きていました。そこで申請フォームを作り、発注状況を一覧にまとめたところ、漏れがほとんどなくなりました。",
        QuestionKind::Strength,
        &Config::default(),
    );
    assert!(!r.weak && r.signals.evidence, "{:?}", r.signals);
    let rules: Vec<&str> = r.diagnostics.iter().map(|d| d.rule).collect();
    assert!(!rules.contains(&"answer-no-contribution"), "{rules:?}");
    assert!(
        rules.contains(&"answer-no-number"),
        "acceptable; a number makes it stronger"
    );
}

#[test]
fn a_wish_that_leads_to_leaving_is_the_reason_not_a_contribution() {
    let (_, s) = sig(
        QuestionKind::Reason,
        "もっと顧客分析に関わりたいと思い、転職を決めました。",
    );
    assert!(!s.contribution && s.future, "{s:?}");
    let (_, s) = sig(
        QuestionKind::Reason,
        "御社では顧客分析の仕組みづくりに関わりたいと考えています。",
    );
    assert!(s.contribution, "{s:?}");
}

#[test]
fn manner_and_mishaps_are_not_episodes() {
    // 〜ながら is how the main act was done; the main act here names nothing.
    let (_, s) = sig(
        QuestionKind::Strength,
        "部署の垣根を越えて多くの方と協力しながら仕事を進めてきました。",
    );
    assert!(!s.evidence, "{s:?}");
    // Making a mistake is not an act on a thing; reducing mistakes is.
    let (_, s) = sig(QuestionKind::Failure, "入力でミスをしたことがあります。");
    assert!(!s.evidence, "{s:?}");
    let (_, s) = sig(
        QuestionKind::Success,
        "棚の並びを品番順に変え、出荷ミスを減らしました。",
    );
    assert!(s.evidence, "{s:?}");
}

#[test]
fn a_question_about_the_new_team_is_no_complaint() {
    let (weak, s) = sig(
        QuestionKind::Reverse,
        "配属予定のチームで人手が足りていない業務はどれでしょうか。",
    );
    assert!(!s.negative && !weak, "{s:?}");
    let (_, s) = sig(
        QuestionKind::Reason,
        "前の職場では毎日のように怒鳴られていました。",
    );
    assert!(s.negative, "{s:?}");
}

#[test]
fn a_failure_acted_on_its_cause_has_a_lesson() {
    let (weak, s) = sig(
        QuestionKind::Failure,
        "発送先を取り違えて、お客様に別の商品が届いたことがあります。伝票と商品を別々の棚に置いていたことが原因だったため、伝票を商品に貼ってから棚に置く手順を作りました。",
    );
    assert!(s.lesson && s.evidence && !weak, "{s:?}");
}

#[test]
fn a_condition_in_the_wished_work_makes_it_a_condition_wish() {
    let (weak, s) = sig(
        QuestionKind::Reason,
        "今の時給では生活が苦しいので、給料の高い仕事をしたいです。",
    );
    assert!(s.status_only && weak, "{s:?}");
}
