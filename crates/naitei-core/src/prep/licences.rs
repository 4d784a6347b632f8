//! 資格・免許 by kind and grade: a requirement naming a licence is met only by a résumé
//! qualification of the same kind (the same ladder) at an equal or higher grade.
//!
//! Ladders follow the grading of each licence: 施工管理技士 (建設業法) are one ladder per 工事
//! kind — 1級建築 does not meet 1級土木; 建築士 一級 ⊃ 二級 ⊃ 木造; 運転免許 大型 ⊃ 中型 ⊃ 準中型 ⊃ 普通
//! (道路交通法の区分); 介護福祉士 ⊃ 実務者研修 ⊃ 初任者研修 (the 介護職員 training ladder); 日商簿記
//! and QC検定 by 級; 情報処理技術者試験 応用 ⊃ 基本 ⊃ ITパスポート; 電気工事士 and 衛生管理者 by 種.
//! 食品衛生責任者 and 食品衛生管理者, 運行管理者 and 物流技術管理士 are different licences.

use std::sync::LazyLock;

use regex::Regex;

/// How the grade of a kind is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grade {
    /// The word's own rank.
    Fixed(u8),
    /// 「1級」「2級」 (or 一級, 二級) before the word: rank 10 − 級.
    Kyu,
    /// 「第一種」「第二種」「第三種」 before the word: rank 10 − 種.
    Shu,
    /// 「甲種」「乙種」「丙種」 (危険物取扱者, 消防設備士): 甲 ⊃ 乙 ⊃ 丙.
    Kou,
}

struct Kind {
    ladder: &'static str,
    /// Shown in reasons.
    name: &'static str,
    words: &'static [&'static str],
    grade: Grade,
}

const KINDS: &[Kind] = &[
    Kind {
        ladder: "sekou-kenchiku",
        name: "建築施工管理技士",
        words: &["建築施工管理技士", "建築施工管理"],
        grade: Grade::Kyu,
    },
    Kind {
        ladder: "sekou-doboku",
        name: "土木施工管理技士",
        words: &["土木施工管理技士", "土木施工管理"],
        grade: Grade::Kyu,
    },
    Kind {
        ladder: "sekou-denki",
        name: "電気工事施工管理技士",
        words: &["電気工事施工管理技士", "電気工事施工管理"],
        grade: Grade::Kyu,
    },
    Kind {
        ladder: "sekou-kan",
        name: "管工事施工管理技士",
        words: &["管工事施工管理技士", "管工事施工管理"],
        grade: Grade::Kyu,
    },
    Kind {
        ladder: "kenchikushi",
        name: "一級建築士",
        words: &["一級建築士", "1級建築士"],
        grade: Grade::Fixed(3),
    },
    Kind {
        ladder: "kenchikushi",
        name: "二級建築士",
        words: &["二級建築士", "2級建築士"],
        grade: Grade::Fixed(2),
    },
    Kind {
        ladder: "kenchikushi",
        name: "木造建築士",
        words: &["木造建築士"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "kenchikushi",
        name: "建築士",
        words: &["建築士"],
        grade: Grade::Fixed(0),
    },
    Kind {
        ladder: "denkikoujishi",
        name: "電気工事士",
        words: &["電気工事士"],
        grade: Grade::Shu,
    },
    Kind {
        ladder: "driving",
        name: "大型自動車免許",
        words: &["大型自動車", "大型免許", "大型第一種", "大型一種"],
        grade: Grade::Fixed(4),
    },
    Kind {
        ladder: "driving",
        name: "中型自動車免許",
        words: &[
            "中型自動車",
            "中型免許",
            "中型第一種",
            "中型一種",
            "中型(8t",
        ],
        grade: Grade::Fixed(3),
    },
    Kind {
        ladder: "driving",
        name: "準中型自動車免許",
        words: &["準中型"],
        grade: Grade::Fixed(2),
    },
    Kind {
        ladder: "driving",
        name: "普通自動車免許",
        words: &["普通自動車", "普通免許", "普通第一種", "運転免許"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "forklift",
        name: "フォークリフト運転技能講習",
        words: &["フォークリフト"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "unkou",
        name: "運行管理者",
        words: &["運行管理者"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "butsuryu-gijutsu",
        name: "物流技術管理士",
        words: &["物流技術管理士"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "eisei",
        name: "衛生管理者",
        words: &["衛生管理者"],
        grade: Grade::Shu,
    },
    Kind {
        ladder: "boki",
        name: "日商簿記",
        words: &["簿記"],
        grade: Grade::Kyu,
    },
    Kind {
        ladder: "kyuyo",
        name: "給与計算実務能力検定",
        words: &["給与計算実務能力検定"],
        grade: Grade::Kyu,
    },
    Kind {
        ladder: "kaigo",
        name: "介護福祉士",
        words: &["介護福祉士"],
        grade: Grade::Fixed(3),
    },
    Kind {
        ladder: "kaigo",
        name: "実務者研修",
        words: &["実務者研修"],
        grade: Grade::Fixed(2),
    },
    Kind {
        ladder: "kaigo",
        name: "初任者研修",
        words: &["初任者研修", "ヘルパー2級", "ホームヘルパー2級"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "caremane",
        name: "介護支援専門員",
        words: &["介護支援専門員", "ケアマネジャー資格"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "shakaifukushi",
        name: "社会福祉士",
        words: &["社会福祉士"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "qc",
        name: "QC検定",
        words: &["QC検定", "品質管理検定"],
        grade: Grade::Kyu,
    },
    Kind {
        ladder: "internal-audit",
        name: "内部監査員",
        words: &["内部監査員"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "food-hygiene-lead",
        name: "食品衛生責任者",
        words: &["食品衛生責任者"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "food-hygiene-manager",
        name: "食品衛生管理者",
        words: &["食品衛生管理者"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "haccp",
        name: "HACCP管理者",
        words: &["HACCP管理者", "HACCPコーディネーター", "HACCPリーダー"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "nutrition",
        name: "管理栄養士",
        words: &["管理栄養士"],
        grade: Grade::Fixed(2),
    },
    Kind {
        ladder: "nutrition",
        name: "栄養士",
        words: &["栄養士"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "food-label",
        name: "食品表示検定",
        words: &["食品表示検定"],
        grade: Grade::Kyu,
    },
    Kind {
        ladder: "ipa",
        name: "応用情報技術者",
        words: &["応用情報"],
        grade: Grade::Fixed(3),
    },
    Kind {
        ladder: "ipa",
        name: "基本情報技術者",
        words: &["基本情報"],
        grade: Grade::Fixed(2),
    },
    Kind {
        ladder: "ipa",
        name: "ITパスポート",
        words: &["ITパスポート"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "cisco",
        name: "CCNP",
        words: &["CCNP"],
        grade: Grade::Fixed(2),
    },
    Kind {
        ladder: "cisco",
        name: "CCNA",
        words: &["CCNA"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "packaging",
        name: "包装管理士",
        words: &["包装管理士"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "interior",
        name: "インテリアコーディネーター",
        words: &["インテリアコーディネーター"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "takken",
        name: "宅地建物取引士",
        words: &["宅地建物取引士", "宅建"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "kikenbutsu",
        name: "危険物取扱者",
        words: &["危険物取扱者"],
        grade: Grade::Kou,
    },
    // 電気主任技術者 (電験) 第一種 ⊃ 第二種 ⊃ 第三種; a 電気工事士 is another licence.
    Kind {
        ladder: "denken",
        name: "電気主任技術者",
        words: &["電気主任技術者", "電験"],
        grade: Grade::Shu,
    },
    Kind {
        ladder: "shoubou",
        name: "消防設備士",
        words: &["消防設備士"],
        grade: Grade::Kou,
    },
    Kind {
        ladder: "boiler",
        name: "ボイラー技士",
        words: &["ボイラー技士"],
        grade: Grade::Kyu,
    },
    // Lifting and site machines: each 技能講習 is its own licence.
    Kind {
        ladder: "tamakake",
        name: "玉掛け技能講習",
        words: &["玉掛け", "玉掛"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "crane-mobile",
        name: "移動式クレーン",
        words: &["移動式クレーン"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "crane-floor",
        name: "床上操作式クレーン",
        words: &["床上操作式クレーン"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "kousho",
        name: "高所作業車運転技能講習",
        words: &["高所作業車"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "sharyoukei",
        name: "車両系建設機械運転技能講習",
        words: &["車両系建設機械"],
        grade: Grade::Fixed(1),
    },
    // Retail, food and office certificates.
    Kind {
        ladder: "touroku-hanbai",
        name: "登録販売者",
        words: &["登録販売者"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "hanbaishi",
        name: "リテールマーケティング（販売士）検定",
        words: &["販売士", "リテールマーケティング"],
        grade: Grade::Kyu,
    },
    Kind {
        ladder: "chourishi",
        name: "調理師",
        words: &["調理師"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "hisho",
        name: "秘書検定",
        words: &["秘書検定", "秘書技能検定"],
        grade: Grade::Kyu,
    },
    Kind {
        ladder: "fp",
        name: "FP技能士",
        words: &[
            "FP技能士",
            "ファイナンシャル・プランニング技能士",
            "ファイナンシャルプランナー",
        ],
        grade: Grade::Kyu,
    },
    // Passing subjects of the 税理士試験 (簿記論, 財務諸表論 …) is how accountants list it; 税理士
    // alone is also a firm's name (税理士法人), so only the exam is read.
    Kind {
        ladder: "zeirishi-exam",
        name: "税理士試験（科目合格）",
        words: &["税理士試験"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "sharoushi",
        name: "社会保険労務士",
        words: &["社会保険労務士", "社労士"],
        grade: Grade::Fixed(1),
    },
    Kind {
        ladder: "mos",
        name: "MOS",
        words: &[
            "MOS",
            "マイクロソフトオフィススペシャリスト",
            "Microsoft Office Specialist",
        ],
        grade: Grade::Fixed(1),
    },
];

/// One licence named in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Licence {
    pub ladder: &'static str,
    pub name: &'static str,
    pub rank: u8,
    /// Standards named with an internal auditor (9001, 14001, 16949 …).
    pub standards: Vec<String>,
    /// 「AT限定」 on a résumé licence, 「AT限定不可」 on a requirement.
    pub at_only: bool,
}

static KYU_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([1-3一二三])級").expect("valid regex"));
static SHU_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"第?([1-3一二三])種").expect("valid regex"));
static KOU_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([甲乙丙])(?:種|類|[0-9])").expect("valid regex"));
static STANDARD_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(9001|14001|16949|22000|45001|27001)").expect("valid regex"));

fn digit(s: &str) -> u8 {
    match s {
        "1" | "一" => 1,
        "2" | "二" => 2,
        _ => 3,
    }
}

/// The licences a (normalized) text names; a requirement naming several grades of one kind
/// (「1級または2級電気工事施工管理技士」) gives its lowest.
pub fn licences(text: &str) -> Vec<Licence> {
    let mut out: Vec<Licence> = Vec::new();
    let alternatives = ["または", "もしくは", "いずれか", "又は"]
        .iter()
        .any(|w| text.contains(w));
    let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
    for k in KINDS {
        for w in k.words {
            for (at, _) in text.match_indices(w) {
                let r = at..at + w.len();
                // A longer word already read here (準中型 inside 中型's 「中型」, 管理栄養士 ⊃ 栄養士).
                if taken.iter().any(|t| t.start <= r.start && r.end <= t.end)
                    || (k.name == "中型自動車免許" && text[..at].ends_with('準'))
                    || (k.name == "電気工事士" && text[..at].ends_with("施工管理"))
                    // 簿記論 is a subject of the 税理士試験, not 日商簿記.
                    || (k.name == "日商簿記" && text[at + w.len()..].starts_with('論'))
                {
                    continue;
                }
                // The grade is written just before the word, in the same clause.
                let clause_start = text[..at]
                    .rfind(['、', ',', '。', '/', '・', '(', ')', ' '])
                    .map_or(0, |p| {
                        p + text[p..].chars().next().map_or(1, char::len_utf8)
                    });
                let before = &text[clause_start.min(at)..at];
                // 「危険物取扱者 乙種第4類」: the grade may follow after a space.
                let tail = text[at + w.len()..].trim_start_matches([' ', '\u{3000}']);
                let after_end = tail
                    .char_indices()
                    .take(12)
                    .find(|(_, c)| matches!(c, '、' | ',' | '。' | '/' | ' '))
                    .map_or_else(
                        || tail.char_indices().nth(12).map_or(tail.len(), |(i, _)| i),
                        |(i, _)| i,
                    );
                let after = &tail[..after_end];
                let rank = match k.grade {
                    Grade::Fixed(r) => r,
                    Grade::Kyu => KYU_RE
                        .captures_iter(before)
                        .chain(KYU_RE.captures_iter(after))
                        .map(|c| digit(&c[1]))
                        .max()
                        .map_or(0, |g| 10 - g),
                    Grade::Shu => SHU_RE
                        .captures_iter(before)
                        .chain(SHU_RE.captures_iter(after))
                        .map(|c| digit(&c[1]))
                        .max()
                        .map_or(0, |g| 10 - g),
                    Grade::Kou => KOU_RE
                        .captures_iter(before)
                        .chain(KOU_RE.captures_iter(after))
                        .map(|c| match &c[1] {
                            "甲" => 3,
                            "乙" => 2,
                            _ => 1,
                        })
                        .max()
                        .unwrap_or(0),
                };
                taken.push(r);
                let standards = if k.ladder == "internal-audit" {
                    STANDARD_RE
                        .find_iter(text)
                        .map(|m| m.as_str().to_string())
                        .collect()
                } else {
                    Vec::new()
                };
                let at_only = k.ladder == "driving" && text.contains("AT限定");
                if let Some(e) = out.iter_mut().find(|l| l.ladder == k.ladder) {
                    // Several grades of one kind: 「一級建築士または二級建築士」 asks for the lowest;
                    // 「大型自動車第一種運転免許」 holds the highest (運転免許 is only the generic word).
                    if alternatives {
                        e.rank = e.rank.min(rank);
                    } else {
                        e.rank = e.rank.max(rank);
                    }
                    continue;
                }
                out.push(Licence {
                    ladder: k.ladder,
                    name: k.name,
                    rank,
                    standards,
                    at_only,
                });
            }
        }
    }
    out
}

/// Whether a held licence meets a required one: same ladder, equal or higher grade (a
/// requirement with no grade written takes any), the standard of an internal auditor, and no
/// AT限定 where the posting excludes it.
pub fn meets(held: &Licence, req: &Licence, req_text: &str) -> bool {
    if held.ladder != req.ladder || held.rank < req.rank {
        return false;
    }
    if req.ladder == "driving" && held.at_only && req_text.contains("AT限定不可") {
        return false;
    }
    if !req.standards.is_empty()
        && !held.standards.is_empty()
        && !held.standards.iter().any(|s| req.standards.contains(s))
    {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(t: &str) -> Licence {
        licences(t).into_iter().next().unwrap()
    }

    #[test]
    fn kind_and_grade() {
        let req = one("1級土木施工管理技士");
        assert!(!meets(&one("1級建築施工管理技士"), &req, ""));
        assert!(meets(&one("1級土木施工管理技士"), &req, ""));
        let req = one("2級建築施工管理技士などの資格");
        assert!(meets(&one("1級建築施工管理技士"), &req, ""));
        let req = one("1級建築施工管理技士");
        assert!(!meets(&one("2級建築施工管理技士(仕上げ)"), &req, ""));
        let req = one("1級または2級電気工事施工管理技士");
        assert!(meets(&one("2級電気工事施工管理技士"), &req, ""));
        assert!(!meets(&one("第一種電気工事士"), &req, ""));
        let req = licences("日商簿記1級、または税理士試験の科目合格");
        assert!(
            req.iter()
                .any(|r| meets(&one("税理士試験 簿記論 合格"), r, ""))
        );
        assert!(
            !req.iter()
                .any(|r| meets(&one("社会保険労務士試験 合格"), r, ""))
        );
        let req = one("日商簿記2級以上");
        assert!(!meets(&one("日商簿記検定3級"), &req, ""));
        assert!(meets(&one("日商簿記検定2級"), &req, ""));
    }

    #[test]
    fn licence_classes_and_ladders() {
        let req = one("中型自動車免許(8t限定可)");
        assert!(meets(&one("大型自動車第一種運転免許"), &req, ""));
        assert!(!meets(&one("普通自動車第一種運転免許"), &req, ""));
        assert!(!meets(&one("準中型自動車免許"), &req, ""));
        let req = one("普通自動車運転免許");
        assert!(meets(
            &one("普通自動車第一種運転免許(AT限定)"),
            &req,
            "普通自動車運転免許"
        ));
        assert!(!meets(
            &one("普通自動車第一種運転免許(AT限定)"),
            &req,
            "普通自動車運転免許(AT限定不可)"
        ));
        let req = one("介護職員初任者研修修了以上");
        assert!(meets(&one("介護福祉士"), &req, ""));
        assert!(!meets(&one("介護職員初任者研修"), &one("介護福祉士"), ""));
        assert!(!meets(&one("運行管理者(貨物)"), &one("物流技術管理士"), ""));
        assert!(!meets(&one("HACCP管理者"), &one("ISO 9001内部監査員"), ""));
        assert!(!meets(&one("食品衛生責任者"), &one("食品衛生管理者"), ""));
    }

    #[test]
    fn kou_otsu_hei_and_third_kinds() {
        let req = one("危険物取扱者乙種第4類");
        assert!(meets(&one("危険物取扱者甲種"), &req, ""));
        assert!(meets(&one("危険物取扱者（乙4）"), &req, ""));
        assert!(meets(&one("危険物取扱者 乙種第4類（2013年）"), &req, ""));
        assert!(!meets(&one("危険物取扱者丙種"), &req, ""));
        let req = one("第二種電気主任技術者");
        assert!(!meets(&one("第三種電気主任技術者"), &req, ""));
        assert!(meets(&one("第一種電気主任技術者"), &req, ""));
        assert!(!meets(
            &one("第一種電気工事士"),
            &one("第三種電気主任技術者"),
            ""
        ));
        assert!(!meets(
            &one("玉掛け技能講習"),
            &one("床上操作式クレーン運転技能講習"),
            ""
        ));
        assert!(!meets(&one("秘書検定3級"), &one("秘書検定2級以上"), ""));
    }
}
