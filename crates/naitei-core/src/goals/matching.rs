//! Matching a duty line to the duty table by morphology: the line's nouns (and katakana
//! loanwords, which IPADIC sometimes cuts into odd pieces) form runs; every contiguous part of a
//! run, joined, is a candidate word (請求＋書 → 請求書, 勤怠＋管理 → 勤怠管理). A table entry scores
//! one point per keyword found among the candidates. Duties the table does not know get the
//! fallback goals (処理時間, ミス件数).

use std::collections::HashSet;

use super::catalog::{DUTIES, DutyEntry};
use crate::analysis::lexicon;
use crate::text::morph::{Morpheme, Pos};

/// Longest noun compound considered, in morphemes.
const MAX_PARTS: usize = 4;

fn is_katakana(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| matches!(c, 'ァ'..='ヺ' | 'ー' | 'ｦ'..='ﾟ'))
}

/// Whether a morpheme can be part of a noun compound.
fn is_content(m: &Morpheme) -> bool {
    (m.pos == Pos::Noun && !matches!(m.pos1, "非自立" | "代名詞" | "数"))
        || is_katakana(&m.surface)
        || (m.pos == Pos::Symbol && m.pos1 == "アルファベット")
}

/// Candidate words of a line: every contiguous part of every noun run, joined (base forms).
pub fn candidates(morphs: &[Morpheme]) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut run: Vec<&str> = Vec::new();
    let flush = |run: &mut Vec<&str>, out: &mut HashSet<String>| {
        for start in 0..run.len() {
            for end in start + 1..=run.len().min(start + MAX_PARTS) {
                out.insert(run[start..end].concat());
            }
        }
        run.clear();
    };
    for m in morphs {
        if is_content(m) {
            // Loanwords cut by the dictionary keep their surface; others their base form.
            run.push(if is_katakana(&m.surface) {
                m.surface.as_str()
            } else {
                m.base.as_str()
            });
        } else {
            flush(&mut run, &mut out);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// A table entry that matches a line, with its score.
#[derive(Debug, Clone, Copy)]
pub struct Match {
    pub entry: &'static DutyEntry,
    pub score: usize,
}

/// Table entries matching a line, best first (ties keep the table order).
pub fn match_duty(morphs: &[Morpheme]) -> Vec<Match> {
    let words = candidates(morphs);
    let mut out: Vec<Match> = DUTIES
        .iter()
        .filter_map(|entry| {
            let score = entry
                .keywords
                .iter()
                .filter(|k| words.contains(**k))
                .count();
            (score > 0).then_some(Match { entry, score })
        })
        .collect();
    out.sort_by_key(|m| std::cmp::Reverse(m.score));
    out
}

/// The duty a line names, for the goals of a duty the table does not know: the words before the
/// duty predicate (担当, 従事, 行う …), without trailing particles. 「顧客名簿の更新を担当。」→「顧客名簿の更新」.
pub fn duty_phrase(text: &str, morphs: &[Morpheme]) -> String {
    let mut end = morphs.len();
    for (i, m) in morphs.iter().enumerate() {
        let duty_word = lexicon::DUTY.contains(&m.base.as_str()) || m.base == "行う";
        if (duty_word && i > 0)
            || (m.pos == Pos::Symbol && matches!(m.surface.as_str(), "。" | "."))
        {
            end = i;
            break;
        }
    }
    while end > 0
        && matches!(
            morphs[end - 1].pos,
            Pos::Particle | Pos::Symbol | Pos::Auxiliary
        )
    {
        end -= 1;
    }
    if end == 0 {
        return text.trim().trim_end_matches(['。', '.']).to_string();
    }
    let start = morphs[0].range.start;
    text[start..morphs[end - 1].range.end].trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::goals::catalog::Family;
    use crate::text::morph::analyze;

    fn best(line: &str) -> Option<&'static str> {
        match_duty(&analyze(line)).first().map(|m| m.entry.id)
    }

    #[test]
    fn compounds_are_found_across_morphemes() {
        let words = candidates(&analyze("請求書の発行および入金管理に従事"));
        for w in ["請求書", "請求", "入金管理", "発行"] {
            assert!(words.contains(w), "{w} in {words:?}");
        }
        let words = candidates(&analyze("ピッキングと梱包"));
        assert!(words.contains("ピッキング"), "{words:?}");
    }

    /// One duty line per job family, written as seekers write them, and the entry it names.
    #[test]
    fn duty_lines_of_every_family_find_their_entry() {
        let table: &[(&str, &str, Family)] = &[
            (
                "データ入力および書類のファイリング",
                "office-data-entry",
                Family::Office,
            ),
            ("見積書の作成と送付", "office-quotes", Family::Office),
            (
                "請求書の発行および入金管理に従事",
                "acct-invoice",
                Family::Accounting,
            ),
            (
                "経費精算のチェックと仕訳入力",
                "acct-expenses",
                Family::Accounting,
            ),
            ("月次決算の補助を担当", "acct-closing", Family::Accounting),
            ("中途採用の面接日程の調整", "hr-recruiting", Family::HrGa),
            (
                "社員200名の勤怠管理と給与計算",
                "hr-attendance",
                Family::HrGa,
            ),
            (
                "既存顧客へのルート営業（約50社）",
                "sales-existing",
                Family::Sales,
            ),
            ("テレアポによる新規開拓", "sales-new", Family::Sales),
            (
                "ピッキング・梱包・出荷作業",
                "log-picking",
                Family::Logistics,
            ),
            (
                "フォークリフトでの荷役作業",
                "log-handling",
                Family::Logistics,
            ),
            (
                "自動車部品の組立ラインでの作業",
                "mfg-assembly",
                Family::Manufacturing,
            ),
            (
                "製品の外観検査と品質管理",
                "mfg-inspection",
                Family::Manufacturing,
            ),
            (
                "レジ業務と閉店後のレジ締め",
                "retail-register",
                Family::Retail,
            ),
            ("接客販売と売場の陳列", "retail-floor", Family::Retail),
            ("入浴介助・食事介助・排泄介助", "care-assist", Family::Care),
            ("利用者様の送迎を担当", "care-transport", Family::Care),
            (
                "通販の受電対応（1日約60件）",
                "cc-inbound",
                Family::CallCenter,
            ),
            (
                "クレーム対応とエスカレーション",
                "cc-complaints",
                Family::CallCenter,
            ),
            (
                "社内ヘルプデスクとPCのキッティング",
                "it-helpdesk",
                Family::It,
            ),
            ("Webシステムの運用保守と障害対応", "it-ops", Family::It),
        ];
        for (line, id, family) in table {
            let found = best(line);
            assert_eq!(found, Some(*id), "{line}");
            let entry = DUTIES.iter().find(|e| e.id == *id).unwrap();
            assert_eq!(entry.family, *family);
        }
    }

    #[test]
    fn unknown_duties_match_nothing_and_keep_their_phrase() {
        let line = "社内報の編集を担当。";
        let m = analyze(line);
        assert!(match_duty(&m).is_empty());
        assert_eq!(duty_phrase(line, &m), "社内報の編集");
        let line = "顧客名簿の更新に従事";
        assert_eq!(duty_phrase(line, &analyze(line)), "顧客名簿の更新");
    }
}
