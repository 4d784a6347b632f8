//! The questions an adviser asks to turn a weak line into an achievement, as data.
//!
//! Which figures to ask about depends on the duty: the duty's entry in the goals catalogue
//! ([`crate::goals::catalog`]) names the metrics that usually move for it (ミス件数 for 入力, 処理時間
//! for 書類作成 …); each metric belongs to one of the seven measures of issue #20 (件数, 時間, ミス,
//! 金額, 率, 人数, 期間), and each job family adds the measures its people are judged by
//! ([`FAMILY_MEASURES`]). Examples in the questions are illustrations only; they are never copied
//! into a composed line (the composer uses the seeker's answers and the original line only).

use serde::Serialize;

use crate::goals::catalog::{self, DutyEntry, Family};

/// One of the kinds of figure an achievement can be measured by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    /// 件数 (処理件数, 受注件数, 生産数).
    Count,
    /// 時間 (1件あたりの処理時間, 月の作業時間).
    Time,
    /// ミス (ミス・不備・クレームの件数).
    Errors,
    /// 金額 (売上, コスト).
    Money,
    /// 率 (不良率, 達成率, 解決率).
    Rate,
    /// 人数 (採用人数, 育成した人数, 担当した利用者数).
    People,
    /// 期間 (リードタイム, 納期, 所要日数).
    Period,
}

/// What to ask about one measure, with examples.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct MeasureSpec {
    pub measure: Measure,
    /// The measure as a seeker calls it (件数, 時間 …).
    pub label: &'static str,
    /// How the figure is typically written, with its unit and period (例).
    pub example_before: &'static str,
    pub example_after: &'static str,
    /// A problem statement of this kind, `{what}` filled with the thing measured; no number.
    pub problem_example: &'static str,
    /// What to call the figure in the composed line when the seeker does not name it.
    pub default_name: &'static str,
}

/// The seven measures, in the order of issue #20.
pub const MEASURES: &[MeasureSpec] = &[
    MeasureSpec {
        measure: Measure::Count,
        label: "件数",
        example_before: "1日80件",
        example_after: "1日100件",
        problem_example: "{what}が伸び悩んでいた",
        default_name: "件数",
    },
    MeasureSpec {
        measure: Measure::Time,
        label: "時間",
        example_before: "月20時間",
        example_after: "月12時間",
        problem_example: "{what}に時間がかかり、残業が続いていた",
        default_name: "作業時間",
    },
    MeasureSpec {
        measure: Measure::Errors,
        label: "ミス",
        example_before: "月8件",
        example_after: "月1件",
        problem_example: "{what}が多く、差し戻しが続いていた",
        default_name: "ミスの件数",
    },
    MeasureSpec {
        measure: Measure::Money,
        label: "金額",
        example_before: "月50万円",
        example_after: "月42万円",
        problem_example: "{what}が予算を超えていた",
        default_name: "金額",
    },
    MeasureSpec {
        measure: Measure::Rate,
        label: "率",
        example_before: "60%",
        example_after: "75%",
        problem_example: "{what}が目標を下回っていた",
        default_name: "割合",
    },
    MeasureSpec {
        measure: Measure::People,
        label: "人数",
        example_before: "年3人",
        example_after: "年6人",
        problem_example: "人手が足りず、{what}が追いつかなかった",
        default_name: "人数",
    },
    MeasureSpec {
        measure: Measure::Period,
        label: "期間",
        example_before: "5日",
        example_after: "3日",
        problem_example: "{what}に日数がかかり、お客様を待たせていた",
        default_name: "所要日数",
    },
];

pub fn spec(measure: Measure) -> &'static MeasureSpec {
    MEASURES
        .iter()
        .find(|s| s.measure == measure)
        .expect("every measure has a spec")
}

/// The measure a catalogue metric belongs to.
pub fn measure_of_metric(metric_id: &str) -> Measure {
    match metric_id {
        "errors" => Measure::Errors,
        "time" | "hours" | "response" => Measure::Time,
        "lead" => Measure::Period,
        "cost" | "sales" => Measure::Money,
        "defect-rate" | "resolution-rate" => Measure::Rate,
        _ => Measure::Count,
    }
}

/// Measures each job family is commonly judged by, besides those of the duty itself. The
/// families and their figures follow the goals catalogue (issue #9) and REFERENCE.md §2 (a
/// quantified result: 前年比, 計画比, %, 円, 時間, 件).
pub const FAMILY_MEASURES: &[(Family, &[Measure])] = &[
    (
        Family::Office,
        &[Measure::Errors, Measure::Time, Measure::Count],
    ),
    (
        Family::Accounting,
        &[Measure::Time, Measure::Errors, Measure::Period],
    ),
    (
        Family::HrGa,
        &[Measure::People, Measure::Time, Measure::Money],
    ),
    (
        Family::Sales,
        &[Measure::Money, Measure::Count, Measure::Rate],
    ),
    (
        Family::Logistics,
        &[Measure::Errors, Measure::Time, Measure::Count],
    ),
    (
        Family::Manufacturing,
        &[Measure::Rate, Measure::Count, Measure::Time],
    ),
    (
        Family::Retail,
        &[Measure::Money, Measure::Rate, Measure::People],
    ),
    (
        Family::Care,
        &[Measure::People, Measure::Errors, Measure::Time],
    ),
    (
        Family::CallCenter,
        &[Measure::Rate, Measure::Time, Measure::Count],
    ),
    (
        Family::It,
        &[Measure::Errors, Measure::Time, Measure::Period],
    ),
    (
        Family::General,
        &[Measure::Time, Measure::Errors, Measure::Count],
    ),
];

/// The measures to ask about for a duty: those of its catalogue goals first, then the family's.
pub fn measures_for(entry: Option<&DutyEntry>, family: Family) -> Vec<Measure> {
    let mut out: Vec<Measure> = Vec::new();
    if let Some(e) = entry {
        for g in e.goals {
            let m = measure_of_metric(g.metric);
            if !out.contains(&m) {
                out.push(m);
            }
        }
    }
    let extra = FAMILY_MEASURES
        .iter()
        .find(|(f, _)| *f == family)
        .map_or(&[][..], |(_, m)| *m);
    for m in extra {
        if !out.contains(m) {
            out.push(*m);
        }
    }
    out.truncate(4);
    out
}

/// Which answer a question fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerKey {
    /// 課題: the situation or problem before.
    Problem,
    /// 行動: what the seeker did (a verb).
    Action,
    /// What the figure counts (請求書の記載ミス).
    Measure,
    /// The figure before, with unit and period (月8件).
    Before,
    /// The figure after (月1件).
    After,
    /// How long the change took (3か月で); optional.
    Period,
}

impl AnswerKey {
    /// The key in an answers file.
    pub fn id(self) -> &'static str {
        match self {
            AnswerKey::Problem => "problem",
            AnswerKey::Action => "action",
            AnswerKey::Measure => "measure",
            AnswerKey::Before => "before",
            AnswerKey::After => "after",
            AnswerKey::Period => "period",
        }
    }
}

/// One question, in the seeker's words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    pub key: AnswerKey,
    pub text: String,
    pub example: String,
    /// The question may be left empty.
    pub optional: bool,
}

/// What the questions need to know about the line.
pub struct Subject<'a> {
    /// The duty in a few words (請求書の発行).
    pub duty: &'a str,
    /// What the catalogue suggests measuring (請求書の記載ミス), if it knows the duty.
    pub what: Option<&'a str>,
    /// A typical action of the catalogue (確認項目をチェックリストにまとめて運用し).
    pub action_example: Option<&'a str>,
    pub measures: &'a [Measure],
    pub need_problem: bool,
    pub need_action: bool,
    pub need_result: bool,
}

/// The questions that fill the missing parts of a line.
pub fn questions(s: &Subject<'_>) -> Vec<Question> {
    let first = s.measures.first().copied().unwrap_or(Measure::Time);
    let fs = spec(first);
    // A duty the catalogue does not know is named by the line itself: too long to quote twice.
    let what = s.what.unwrap_or("この作業");
    let labels: Vec<&str> = s.measures.iter().map(|m| spec(*m).label).collect();
    // The duty in the line's own words when short; an achievement is asked about as such.
    let before = if s.need_action {
        if s.duty.is_empty() || s.duty.chars().count() > 16 {
            "この仕事で、取り組む前に".to_string()
        } else {
            format!("「{}」で、取り組む前に", s.duty)
        }
    } else {
        "この取り組みの前に、".to_string()
    };
    let mut out = Vec::new();
    if s.need_problem {
        out.push(Question {
            key: AnswerKey::Problem,
            text: format!("{before}困っていたこと・問題になっていたことは何でしたか？"),
            example: fs.problem_example.replace("{what}", what),
            optional: false,
        });
    }
    if s.need_action {
        out.push(Question {
            key: AnswerKey::Action,
            text: "その問題に対して、あなた自身は何をしましたか？「担当した」ではなく、「〜を作った」「〜を見直した」のように、したことを書いてください。".to_string(),
            example: s.action_example.map_or_else(
                || "確認の手順を見直し、手順書を作成した".to_string(),
                |a| format!("{a}た"),
            ),
            optional: false,
        });
    }
    if s.need_result {
        out.push(Question {
            key: AnswerKey::Measure,
            text: format!(
                "変化を表せる数字は何ですか？この仕事なら{}で表せることが多いです。",
                labels.join("・")
            ),
            example: s
                .what
                .map_or_else(|| fs.default_name.to_string(), str::to_string),
            optional: true,
        });
        out.push(Question {
            key: AnswerKey::Before,
            text: "取り組む前はどのくらいでしたか？単位と期間も付けてください（分からなければ空欄のままで構いません）。".to_string(),
            example: fs.example_before.to_string(),
            optional: true,
        });
        out.push(Question {
            key: AnswerKey::After,
            text: "取り組んだ後はどうなりましたか？同じ単位で書いてください。".to_string(),
            example: fs.example_after.to_string(),
            optional: true,
        });
        out.push(Question {
            key: AnswerKey::Period,
            text: "どのくらいの期間で変わりましたか？（なければ空欄）".to_string(),
            example: "3か月で".to_string(),
            optional: true,
        });
    }
    out
}

/// How to measure a figure the seeker does not have yet, from the catalogue's baseline methods.
pub fn how_to_measure(entry: Option<&DutyEntry>, measures: &[Measure]) -> String {
    let method = entry
        .and_then(|e| e.goals.first())
        .and_then(|g| catalog::metric(g.metric))
        .or_else(|| {
            let m = measures.first().copied().unwrap_or(Measure::Time);
            catalog::METRICS
                .iter()
                .find(|x| measure_of_metric(x.id) == m)
        })
        .map_or(
            "今週、件数とかかった時間を毎日記録する",
            |m| m.baseline_method,
        );
    format!(
        "数字が分からないまま書くと、あいまいな行になってしまいます。想像で書かずに、まず測りましょう。たとえば、{method}。取り組みの前と後を同じ方法で測れば、そのまま実績の行になります。測り方と、数か月で目指す目標の立て方は「今の仕事の目標」でも確かめられます。"
    )
}
