use super::*;

fn answers(pairs: &[(&str, &str)]) -> Answers {
    let mut a = Answers::default();
    for (k, v) in pairs {
        let v = Some((*v).to_string());
        match *k {
            "problem" => a.problem = v,
            "action" => a.action = v,
            "measure" => a.measure = v,
            "before" => a.before = v,
            "after" => a.after = v,
            "period" => a.period = v,
            _ => unreachable!(),
        }
    }
    a
}

const RESUME: &str = "■職務経歴\n株式会社A（2019年4月〜現在）\n・請求書の発行を担当。\n・電話応対。\n■職務経歴2\n株式会社B（2015年4月〜2019年3月）\n・受注入力の手順を見直した。\n・チェックリストを作成し、入力ミスを月8件から月1件に削減した。\n";

#[test]
fn finds_weak_achievements_and_duty_only_blocks() {
    let (_, _, targets, _) = plan(RESUME, &Config::default());
    let kinds: Vec<(usize, TargetKind)> = targets.iter().map(|t| (t.line, t.kind)).collect();
    assert_eq!(
        kinds,
        vec![
            (3, TargetKind::DutyOnlyJob),
            (7, TargetKind::Incomplete),
            (8, TargetKind::Incomplete)
        ]
    );
    // Action and figure are there: only the problem is asked.
    let keys: Vec<AnswerKey> = targets[2].questions.iter().map(|q| q.key).collect();
    assert_eq!(keys, vec![AnswerKey::Problem]);
    let block = &targets[0];
    assert_eq!(block.lines, vec![3, 4]);
    assert_eq!(block.family, Family::Accounting);
    assert!(block.questions.iter().any(|q| q.key == AnswerKey::Action));
    assert!(
        block.questions[0].text.contains("請求書"),
        "{:?}",
        block.questions[0]
    );
    let weak = &targets[1];
    assert!(weak.has.action && !weak.has.result);
    // The line keeps its action: no question about it.
    assert!(weak.questions.iter().all(|q| q.key != AnswerKey::Action));
}

#[test]
fn composes_problem_action_number_in_the_documents_style() {
    let (_, _, targets, style) = plan(RESUME, &Config::default());
    assert_eq!(style.ending, Ending::Plain);
    let a = answers(&[
        (
            "problem",
            "請求書の記載ミスが多く、差し戻しが続いていました",
        ),
        ("action", "確認項目をチェックリストにまとめました"),
        ("measure", "記載ミス"),
        ("before", "月８件"),
        ("after", "月一件"),
        ("period", "3か月"),
    ]);
    let Composition::Composed { line, check } = compose(&targets[0], &a, style, &Config::default())
    else {
        panic!("not composed")
    };
    assert_eq!(
        line,
        "請求書の記載ミスが多く、差し戻しが続いていたため、確認項目をチェックリストにまとめ、3か月で記載ミスを月８件から月一件に削減した。"
    );
    assert!(check.parts.complete());
    let noun = Style {
        ending: Ending::Noun,
        period: false,
    };
    let Composition::Composed { line, .. } = compose(&targets[0], &a, noun, &Config::default())
    else {
        panic!()
    };
    assert!(line.ends_with("月一件に削減"), "{line}");
}

#[test]
fn a_line_with_its_action_keeps_it_and_gains_the_figure() {
    let (_, _, targets, style) = plan(RESUME, &Config::default());
    let a = answers(&[
        ("problem", "入力ミスによる手戻りが多かった"),
        ("measure", "受注1件あたりの入力時間"),
        ("before", "1件15分"),
        ("after", "1件10分"),
    ]);
    let Composition::Composed { line, .. } = compose(&targets[1], &a, style, &Config::default())
    else {
        panic!()
    };
    assert_eq!(
        line,
        "入力ミスによる手戻りが多かったため、受注入力の手順を見直し、受注1件あたりの入力時間を1件15分から1件10分に短縮した。"
    );
}

#[test]
fn no_number_gives_how_to_measure_and_duty_is_not_an_action() {
    let (_, _, targets, style) = plan(RESUME, &Config::default());
    let a = answers(&[
        ("problem", "記載ミスが多かった"),
        ("action", "チェックリストを作った"),
        ("before", "わからない"),
    ]);
    match compose(&targets[0], &a, style, &Config::default()) {
        Composition::NeedsNumber { advice } => {
            assert!(advice.contains("今の仕事の目標"), "{advice}");
        }
        other => panic!("{other:?}"),
    }
    let a = answers(&[
        ("problem", "記載ミスが多かった"),
        ("action", "請求書の発行を担当した"),
        ("before", "月8件"),
        ("after", "月1件"),
    ]);
    assert!(matches!(
        compose(&targets[0], &a, style, &Config::default()),
        Composition::NeedsAnswer { .. }
    ));
    let a = answers(&[
        ("problem", "記載ミスが多かった"),
        ("action", "チェックリストを作った"),
        ("before", "8"),
        ("after", "1"),
    ]);
    assert!(matches!(
        compose(&targets[0], &a, style, &Config::default()),
        Composition::NeedsAnswer { .. }
    ));
}

#[test]
fn clauses_are_conjugated() {
    use compose::{action_clause, problem_clause};
    assert_eq!(action_clause("手順書を作った"), "手順書を作り");
    assert_eq!(action_clause("手順を見直しました"), "手順を見直し");
    assert_eq!(action_clause("様式を統一"), "様式を統一し");
    assert_eq!(
        compose::reused_clause("月次決算の早期化"),
        "月次決算の早期化"
    );
    assert_eq!(
        action_clause("チェックリストの導入"),
        "チェックリストの導入を行い"
    );
    assert_eq!(action_clause("受注台帳を一本化"), "受注台帳を一本化し");
    assert_eq!(
        action_clause("マクロを組んで自動化している"),
        "マクロを組んで自動化し"
    );
    assert_eq!(action_clause("チェック表を書いた。"), "チェック表を書き");
    assert_eq!(
        problem_clause("残業が多い状態でした"),
        "残業が多い状態だった"
    );
    assert_eq!(problem_clause("人手不足"), "人手不足が課題だった");
    assert_eq!(
        problem_clause("問い合わせが増えていました"),
        "問い合わせが増えていた"
    );
    assert_eq!(
        problem_clause("確認に時間がかかっていたため"),
        "確認に時間がかかっていた"
    );
}

#[test]
fn template_words_hold_no_numeral() {
    for w in compose::TEMPLATE_WORDS {
        assert!(quantity::numbers(w).is_empty(), "{w}");
        assert!(
            !w.chars().any(|c| c.is_ascii_digit()
                || "０１２３４５６７８９〇一二三四五六七八九十百千万億".contains(c)),
            "{w}"
        );
    }
    for m in questions::MEASURES {
        assert!(quantity::numbers(m.default_name).is_empty());
    }
}

#[test]
fn apply_replaces_or_inserts_lines() {
    let (doc, _, targets, _) = plan(RESUME, &Config::default());
    let out = apply(RESUME, &doc, &targets[1], "新しい行。");
    assert!(out.contains("\n・新しい行。\n・チェックリスト"), "{out}");
    let out = apply(RESUME, &doc, &targets[0], "追加した行。");
    assert!(
        out.contains("・電話応対。\n・追加した行。\n■職務経歴2"),
        "{out}"
    );
}

#[test]
fn the_script_uses_the_strongest_achievements_in_polite_form() {
    let resume = "■職務要約\n事務職として8年、受発注と請求の業務に携わってきた。\n\n■職務経歴\n株式会社ミドリ商事（2019年4月〜現在）\n・請求書の記載ミスが多かったため、確認項目をチェックリストにまとめ、記載ミスを月8件から月1件に削減。\n・受注入力に時間がかかっていたため、Excelのテンプレートを作成し、入力時間を1件15分から10分に短縮した。\n・電話応対。\n";
    let s = script::build(resume, None, &Config::default()).unwrap();
    assert_eq!(s.lines, vec![6, 7]);
    assert!(
        s.self_pr.text.starts_with("事務職として8年、受発注と請求の業務に携わってきました。たとえば、株式会社ミドリ商事では、"),
        "{}",
        s.self_pr.text
    );
    assert!(s.self_pr.text.contains("請求書の記載ミスが多かったです。そこで、確認項目をチェックリストにまとめ、記載ミスを月8件から月1件に削減しました。また、"), "{}", s.self_pr.text);
    assert!(s.self_pr.text.chars().count() <= 300);
    assert!(
        s.achievement
            .text
            .contains("削減しました。この経験を活かし"),
        "{}",
        s.achievement.text
    );
    assert!(s.achievement.deep_dive[0].contains("当時の課題"));
    assert!(s.consistent, "{:?}", s.conflicts);
    assert!(!s.self_pr.weak, "{:?}", s.self_pr.advice);
    assert!(foreign_numbers(&s.self_pr.text, &[resume]).is_empty());
    assert!(matches!(
        script::build("■職務経歴\n・電話応対。\n", None, &Config::default()),
        Err(script::ScriptError::NoAchievement)
    ));
    for w in script::TEMPLATE_WORDS {
        assert!(quantity::numbers(w).is_empty(), "{w}");
    }
}

#[test]
fn polite_endings() {
    assert_eq!(
        script::polite("作業時間を月10時間削減した"),
        "作業時間を月10時間削減しました。"
    );
    assert_eq!(
        script::polite("作業時間を月10時間削減"),
        "作業時間を月10時間削減しました。"
    );
    assert_eq!(
        script::polite("応募に進む割合が3割から5割に"),
        "応募に進む割合が3割から5割になりました。"
    );
    assert_eq!(
        script::polite("問い合わせが減った。"),
        "問い合わせが減りました。"
    );
    assert_eq!(script::polite("継続となりました。"), "継続となりました。");
    assert_eq!(
        script::polite("表示ミスによる回収をゼロに"),
        "表示ミスによる回収をゼロにしました。"
    );
    assert_eq!(
        script::polite("差し戻しが続いていた"),
        "差し戻しが続いていました。"
    );
    assert_eq!(
        script::spoken("入力ミスが続いていたため、手順を見直し、ミスを月8件から月1件に削減"),
        "入力ミスが続いていました。そこで、手順を見直し、ミスを月8件から月1件に削減しました。"
    );
}

#[test]
fn answers_files_are_read_by_line_with_japanese_errors() {
    let a = parse_answers("[12]\nproblem = \"ミスが多かった\"\nbefore = \"月8件\"\n").unwrap();
    assert_eq!(a[&12].before.as_deref(), Some("月8件"));
    let e = parse_answers("[12]\nbefor = \"月8件\"\n")
        .unwrap_err()
        .to_string();
    assert!(e.contains("「befor」という項目はありません"), "{e}");
    let e = parse_answers("[first]\nproblem = \"x\"\n")
        .unwrap_err()
        .to_string();
    assert!(e.contains("「first」は行番号ではありません"), "{e}");
}
