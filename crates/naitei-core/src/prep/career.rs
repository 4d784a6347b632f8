//! The résumé's career as the sheet reads it: one entry per employer block of the document
//! (company, 事業内容, period and months, the job families of its titles and duties, the
//! industry), and the job families and industries of the words of a posting.
//!
//! The lexicons are written from the 職種 and 業界 names of Japanese job sites and Hello Work
//! (厚生労働省編職業分類 for the families, the sites' 業界 lists for the industries), at the
//! granularity advisers use when they call a move 同業界: a retail format (食品スーパー vs
//! コスメ・アパレル) or a manufacturing product group (食品 vs 自動車部品) is an industry of its own;
//! 3PL, 倉庫 and 運送 are one industry (物流); 訪問・居宅・施設 are one 介護 industry; a 施工管理
//! field (建築 / 電気 / 土木 / 管工事) is the industry of a 施工管理 job.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use crate::document::{Document, LineKind, LineRole, SectionKind};
use crate::goals::advice::{months_between, period_start};

/// A job family: id, Japanese label, words that name it (in a title or a duty), most specific
/// first.
pub struct Family {
    pub id: &'static str,
    pub label: &'static str,
    pub words: &'static [&'static str],
}

/// Job families. Order matters where words overlap: 営業事務 before 営業, ケアマネジャー and
/// 生活相談員 before 介護, 社内SE before the developer's SE, 店長 before 販売.
pub const FAMILIES: &[Family] = &[
    Family {
        id: "sales-assistant",
        label: "営業事務",
        words: &[
            "営業事務",
            "受発注",
            "営業アシスタント",
            "貿易事務",
            "営業サポート",
            // The desk duties of the job, named when no title is (a sales rep wins orders —
            // 受注する — but does not key them in or chase delivery dates).
            "受注入力",
            "受注データ",
            "受注処理",
            "納期調整",
            "納期管理",
        ],
    },
    Family {
        id: "accounting",
        label: "経理",
        words: &["経理", "会計", "財務", "決算", "仕訳"],
    },
    Family {
        id: "general-affairs",
        label: "総務・一般事務",
        words: &["総務", "庶務", "一般事務", "人事", "事務職"],
    },
    Family {
        id: "care-manager",
        label: "ケアマネジャー",
        words: &["ケアマネ", "介護支援専門員", "居宅介護支援"],
    },
    Family {
        id: "care-counselor",
        label: "生活相談員",
        words: &["生活相談員", "相談員"],
    },
    Family {
        id: "care-worker",
        label: "介護職",
        words: &[
            "介護職",
            "介護スタッフ",
            "介護福祉士",
            "訪問介護員",
            "ホームヘルパー",
            "ヘルパー",
            "ユニットリーダー",
            "サービス提供責任者",
            "身体介護",
            "介護業務",
        ],
    },
    Family {
        id: "construction-management",
        label: "施工管理",
        // The 施工管理 duties (施工図, 工程表, 協力会社の手配, 官庁検査) name the job when a block
        // has no title for it.
        words: &[
            "施工管理",
            "現場代理人",
            "現場監督",
            "工事主任",
            "施工図",
            "工程表",
            "協力会社",
            "官庁検査",
        ],
    },
    Family {
        id: "internal-it",
        label: "社内SE",
        words: &[
            "社内SE",
            "情報システム",
            "情シス",
            "ヘルプデスク",
            "社内IT",
            "インフラ運用",
        ],
    },
    Family {
        id: "developer",
        label: "システム開発",
        words: &[
            "アプリケーション開発",
            "システム開発",
            "プログラマ",
            "エンジニア",
            "SE",
            "開発",
        ],
    },
    Family {
        id: "quality",
        label: "品質管理・品質保証",
        words: &["品質管理", "品質保証", "品質検査", "QC", "品証"],
    },
    Family {
        id: "production",
        label: "製造",
        words: &[
            "製造スタッフ",
            "製造オペレーター",
            "製造ライン",
            "ライン作業",
            "機械オペレーター",
            // The machine or process a factory job is named after (成形オペレーター, 溶接工):
            // a title that says which machine is run is production, whatever the plant makes.
            "マシンオペレーター",
            "ラインオペレーター",
            "成形オペレーター",
            "射出成形",
            "成形機",
            "組立作業",
            "組立ライン",
            "溶接",
            "塗装工",
            "プレス加工",
            "機械加工",
            "NC旋盤",
        ],
    },
    Family {
        id: "driver",
        label: "ドライバー",
        words: &["ドライバー", "運転手", "ルート配送", "幹線輸送", "配送"],
    },
    Family {
        id: "logistics",
        label: "物流・倉庫管理",
        words: &[
            "センター長",
            "倉庫管理",
            "物流センター",
            "入出荷",
            "出荷チーム",
            "入荷",
            "出荷",
            "倉庫",
        ],
    },
    Family {
        id: "store-management",
        label: "店長・店舗運営",
        words: &[
            "店長",
            "副店長",
            "エリアマネージャー",
            "スーパーバイザー",
            "店舗運営",
            "店舗管理",
        ],
    },
    Family {
        id: "retail-sales",
        label: "販売・接客",
        words: &["販売スタッフ", "販売員", "接客", "販売"],
    },
    Family {
        id: "sales",
        label: "営業",
        words: &[
            "営業",
            "アドバイザー",
            "キャリアアドバイザー",
            "コンサルタント",
            "商談",
        ],
    },
];

/// Neighbouring families (周辺職種), both ways: the moves advisers name as keeping the
/// experience — 営業 ↔ 営業事務, 総務 ↔ 経理, 倉庫管理 ↔ ドライバー, 介護職 ↔ 生活相談員 ↔
/// ケアマネジャー, 施工管理 ↔ (リフォームの)営業, 開発 ↔ 社内SE, 販売 ↔ 店長, 品質管理 ↔ 製造.
const ADJACENT: &[(&str, &str)] = &[
    ("sales", "sales-assistant"),
    ("general-affairs", "accounting"),
    ("general-affairs", "sales-assistant"),
    ("logistics", "driver"),
    ("care-worker", "care-counselor"),
    ("care-worker", "care-manager"),
    ("care-counselor", "care-manager"),
    ("construction-management", "sales"),
    ("developer", "internal-it"),
    ("retail-sales", "store-management"),
    ("sales", "store-management"),
    ("sales", "retail-sales"),
    ("quality", "production"),
];

pub fn adjacent(a: &str, b: &str) -> bool {
    ADJACENT
        .iter()
        .any(|(x, y)| (*x == a && *y == b) || (*x == b && *y == a))
}

pub fn family(id: &str) -> Option<&'static Family> {
    FAMILIES.iter().find(|f| f.id == id)
}

/// An industry: id, label, words that name it in a company's 事業内容 or a posting. Checked in
/// order: retail formats before the goods they sell (食品スーパー is retail, not 食品製造), the
/// 施工管理 fields before 建築 in general.
pub struct Industry {
    pub id: &'static str,
    pub label: &'static str,
    pub words: &'static [&'static str],
}

pub const INDUSTRIES: &[Industry] = &[
    Industry {
        id: "staffing",
        label: "人材サービス",
        words: &[
            "人材派遣",
            "人材紹介",
            "人材サービス",
            "職業紹介",
            "求人広告",
            "人材",
        ],
    },
    Industry {
        id: "retail-food",
        label: "食品スーパー",
        words: &["食品スーパー", "スーパーマーケット", "スーパー"],
    },
    Industry {
        id: "retail-specialty",
        label: "専門店（コスメ・アパレル・雑貨）",
        words: &[
            "コスメ",
            "化粧品",
            "アパレル",
            "雑貨",
            "セレクトショップ",
            "衣料",
        ],
    },
    Industry {
        id: "retail-electronics",
        label: "家電量販",
        words: &["家電量販", "家電販売"],
    },
    Industry {
        id: "care",
        label: "介護",
        words: &[
            "介護",
            "特別養護老人ホーム",
            "特養",
            "老人ホーム",
            "デイサービス",
            "福祉",
        ],
    },
    Industry {
        id: "medical",
        label: "医療",
        words: &["医療法人", "病院", "クリニック", "医療"],
    },
    Industry {
        id: "logistics",
        label: "物流",
        words: &["3PL", "物流", "倉庫", "運送", "運輸", "配送", "貨物"],
    },
    Industry {
        id: "construction-electrical",
        label: "電気設備工事",
        words: &["電気設備", "電気工事", "電設工事", "受変電"],
    },
    Industry {
        id: "construction-plumbing",
        label: "管工事・空調設備",
        words: &["管工事", "空調設備", "給排水"],
    },
    Industry {
        id: "reform",
        label: "住宅リフォーム",
        words: &["リフォーム"],
    },
    Industry {
        id: "construction-building",
        label: "建築",
        words: &[
            "ゼネコン",
            "総合建設",
            "建築工事",
            "建設業",
            "工務店",
            "RC造",
            "建築",
            "建設",
        ],
    },
    Industry {
        id: "construction-civil",
        label: "土木",
        words: &["土木"],
    },
    Industry {
        id: "it",
        label: "IT・ソフトウェア",
        words: &[
            "SaaS",
            "SIer",
            "ソフトウェア",
            "システム開発",
            "受託開発",
            "情報処理",
            "IT",
        ],
    },
    Industry {
        id: "trading",
        label: "商社・卸",
        words: &["商社", "卸売", "卸", "問屋"],
    },
    Industry {
        id: "accounting-firm",
        label: "会計事務所",
        words: &["税理士法人", "会計事務所", "税務"],
    },
    Industry {
        id: "mfg-housing",
        label: "住宅建材・住宅設備メーカー",
        words: &[
            "建材",
            "サッシ",
            "住宅設備",
            "住宅部材",
            "外壁",
            "床材",
            "住宅用",
        ],
    },
    Industry {
        id: "mfg-food",
        label: "食品メーカー",
        words: &[
            "食品",
            "弁当",
            "惣菜",
            "パン",
            "洋菓子",
            "菓子",
            "飲料",
            "冷凍食品",
        ],
    },
    Industry {
        id: "mfg-parts",
        label: "機械・部品メーカー",
        words: &[
            "自動車",
            "部品",
            "精密",
            "金属",
            "プレス",
            "電装",
            "樹脂",
            "ハーネス",
            "半導体",
            "機械",
        ],
    },
    Industry {
        id: "mfg-packaging",
        label: "包装資材メーカー",
        words: &["段ボール", "緩衝材", "包装", "梱包資材"],
    },
    Industry {
        id: "office-equipment",
        label: "事務機器販売",
        words: &["複合機", "事務機器", "OA機器", "オフィス家具"],
    },
];

pub fn industry(id: &str) -> Option<&'static Industry> {
    INDUSTRIES.iter().find(|i| i.id == id)
}

/// The first 施工管理 field (an industry of construction) a text names.
pub fn construction_field_of(text: &str) -> Option<&'static Industry> {
    INDUSTRIES
        .iter()
        .filter(|i| i.id.starts_with("construction-"))
        .find(|i| i.words.iter().any(|w| contains_word(text, w)))
}

/// The first industry a text names.
pub fn industry_of(text: &str) -> Option<&'static Industry> {
    INDUSTRIES
        .iter()
        .find(|i| i.words.iter().any(|w| contains_word(text, w)))
}

/// `w` in `text`, an ASCII word only as a whole word (IT is not the it of 「Microsoft」).
fn contains_word(text: &str, w: &str) -> bool {
    if !w.is_ascii() {
        return text.contains(w);
    }
    text.match_indices(w).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + w.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_alphanumeric())
            && !after.is_some_and(|c| c.is_ascii_alphabetic())
    })
}

/// The families a text names, most specific first (each once). A word inside a longer word
/// already read names nothing more (「社内SE」 is no developer's SE, 「営業事務」 no 営業).
pub fn families_of(text: &str) -> Vec<&'static Family> {
    let mut out: Vec<&'static Family> = Vec::new();
    let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
    let mut words: Vec<(&'static Family, &'static str)> = FAMILIES
        .iter()
        .flat_map(|f| f.words.iter().map(move |w| (f, *w)))
        .collect();
    // Longer words first, so that their parts are taken.
    words.sort_by_key(|(_, w)| std::cmp::Reverse(w.len()));
    let mut found: Vec<&'static str> = Vec::new();
    for (f, w) in words {
        for (at, _) in text.match_indices(w) {
            let r = at..at + w.len();
            if taken.iter().any(|t| t.start <= r.start && r.end <= t.end)
                || !contains_word(&text[at..], w)
            {
                continue;
            }
            taken.push(r);
            if !found.contains(&f.id) {
                found.push(f.id);
            }
        }
    }
    for f in FAMILIES {
        if found.contains(&f.id) {
            out.push(f);
        }
    }
    out
}

/// One employer block of the résumé.
#[derive(Debug, Clone)]
pub struct Employer {
    /// 1-based line of the block's heading (company and period).
    pub line: usize,
    /// The heading as written.
    pub heading: String,
    /// Company, 事業内容 and the titles of the block (normalized), for the industry.
    pub business: String,
    /// Titles and role lines (normalized), for the job.
    pub titles: String,
    /// All the block's item text (normalized).
    pub duties: String,
    pub months: Option<u32>,
    pub families: Vec<&'static str>,
    pub industry: Option<&'static str>,
    /// Sub-blocks with their own period (a role 「#### 2019年4月～2022年3月　川原町店 店長」, a
    /// 派遣先 with its own 事業内容).
    pub roles: Vec<Role>,
}

#[derive(Debug, Clone)]
pub struct Role {
    pub line: usize,
    /// The role line and its short title lines (normalized).
    pub text: String,
    pub months: Option<u32>,
    pub families: Vec<&'static str>,
    /// The role's own 事業内容, else the block's.
    pub industry: Option<&'static str>,
}

/// A short line that names a job (「配属：名古屋東支店 営業課」「担当業務：営業事務」), not a sentence.
fn is_title_line(t: &str) -> bool {
    t.chars().count() <= 40 && !t.contains('。')
}

/// The families a block's duties name most often (the fallback when no title names one).
fn frequent_families(text: &str) -> Vec<&'static str> {
    let counts: Vec<(usize, &'static str)> = FAMILIES
        .iter()
        .map(|f| (f.words.iter().map(|w| text.matches(w).count()).sum(), f.id))
        .collect();
    let max = counts.iter().map(|c| c.0).max().unwrap_or(0);
    if max == 0 {
        return Vec::new();
    }
    // The most named family, and any other named about as often (販売員 then 副店長).
    counts
        .into_iter()
        .filter(|(n, _)| *n == max || *n >= 2.max(max / 2))
        .map(|(_, id)| id)
        .collect()
}

static DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"((?:19|20)\d{2}|(?:令和|平成|昭和)\s*(?:\d{1,2}|元))\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日",
    )
    .expect("valid regex")
});

/// The résumé's date (「2026年11月30日現在」 at the top), the end of an open period.
pub fn resume_date(doc: &Document) -> Option<Date> {
    doc.lines.iter().take(8).find_map(|l| {
        let t = &doc.text()[l.content.clone()];
        DATE_RE.find(t).and_then(|m| period_start(m.as_str()))
    })
}

const SEPARATORS: &[char] = &['〜', '~', '～', '-', '–', '―', 'ー'];

/// Months of a period 「2015年4月〜2020年3月」 (both months counted), an open period to `as_of`.
pub fn period_months(period: &str, as_of: Option<Date>) -> Option<u32> {
    let start = period_start(period)?;
    let cut = period
        .char_indices()
        .find(|(i, c)| SEPARATORS.contains(c) && *i > 0)
        .map(|(i, c)| i + c.len_utf8())?;
    let rest = &period[cut..];
    let end = match period_start(rest) {
        Some(e) => e,
        None => as_of?,
    };
    Some(months_between(start, end) + 1)
}

static PERIOD_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)\d{2}|(?:令和|平成|昭和)\s*(?:\d{1,2}|元))\s*年\s*\d{1,2}\s*月\s*[〜~～\-–―]\s*(?:(?:(?:19|20)\d{2}|(?:令和|平成|昭和)\s*(?:\d{1,2}|元))\s*年\s*\d{1,2}\s*月|現在|在職中)?")
        .expect("valid regex")
});

static TOTAL_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"通算\s*(\d+)\s*年(?:\s*(\d+)\s*か月)?").expect("valid regex"));

/// 「通算8年」 of a キャリア式 heading, in months.
pub fn total_months(text: &str) -> Option<u32> {
    let c = TOTAL_RE.captures(text)?;
    let y: u32 = c[1].parse().ok()?;
    let m: u32 = c.get(2).and_then(|m| m.as_str().parse().ok()).unwrap_or(0);
    Some(y * 12 + m)
}

/// The first period written in a text.
pub fn find_period(text: &str) -> Option<&str> {
    PERIOD_RE.find(text).map(|m| m.as_str())
}

/// The employer blocks of a résumé.
pub fn employers(doc: &Document) -> Vec<Employer> {
    let as_of = resume_date(doc);
    let mut out = Vec::new();
    for (j, job) in doc.jobs.iter().enumerate() {
        if job.schooling {
            continue;
        }
        let head = &doc.lines[job.heading];
        let heading = doc.line_content(job.heading).to_string();
        let period = job
            .period
            .clone()
            .or_else(|| find_period(&heading).map(str::to_string));
        let months = period
            .as_deref()
            .and_then(|p| period_months(p, as_of))
            .or_else(|| total_months(&heading));
        let mut business = format!("{} {}", job.company.clone().unwrap_or_default(), heading);
        let mut titles = heading.clone();
        let mut duties = String::new();
        let mut roles: Vec<Role> = Vec::new();
        let mut role_business: Vec<String> = Vec::new();
        for (i, l) in doc.lines.iter().enumerate() {
            if l.job != Some(j) || i == job.heading || l.kind == LineKind::Blank {
                continue;
            }
            let t = doc.line_content(i);
            if t.starts_with("事業内容") || t.starts_with("業種") {
                match role_business.last_mut() {
                    Some(b) => b.push_str(t),
                    None => {
                        business.push(' ');
                        business.push_str(t);
                    }
                }
                continue;
            }
            let item = matches!(l.role, Some(LineRole::Item));
            if let Some(p) = find_period(t)
                && !t.starts_with('【')
                && t.chars().count() <= 60
                && !t.contains('。')
            {
                // A role with its own period: 「#### 2019年4月～2022年3月　川原町店 店長」.
                roles.push(Role {
                    line: l.number,
                    text: t.to_string(),
                    months: period_months(p, as_of),
                    families: Vec::new(),
                    industry: None,
                });
                role_business.push(String::new());
                titles.push(' ');
                titles.push_str(t);
                continue;
            }
            if item && l.kind != LineKind::Heading {
                duties.push(' ');
                duties.push_str(t);
            } else if is_title_line(t) {
                titles.push(' ');
                titles.push_str(t);
                if let Some(r) = roles.last_mut() {
                    r.text.push(' ');
                    r.text.push_str(t);
                }
            }
        }
        let industry = industry_of(&business)
            .or_else(|| industry_of(&titles))
            .map(|i| i.id);
        let mut families: Vec<&'static str> = families_of(&titles).iter().map(|f| f.id).collect();
        if families.is_empty() {
            // No title names the job: the block's prose and duties do.
            let all: String = doc
                .lines
                .iter()
                .enumerate()
                .filter(|(i, l)| l.job == Some(j) && *i != job.heading)
                .map(|(i, _)| doc.line_content(i))
                .collect::<Vec<_>>()
                .join(" ");
            families = frequent_families(&all);
        }
        for (r, b) in roles.iter_mut().zip(&role_business) {
            r.families = families_of(&r.text).iter().map(|f| f.id).collect();
            r.industry = industry_of(b).map(|i| i.id).or(industry);
        }
        out.push(Employer {
            line: head.number,
            heading,
            business,
            titles,
            duties,
            months,
            families,
            industry,
            roles,
        });
    }
    // A résumé without employer blocks (キャリア式 only): the career section as one block.
    if out.is_empty()
        && let Some(sec) = doc.section_of(SectionKind::Career)
    {
        let text: String = sec
            .lines
            .clone()
            .map(|i| doc.line_content(i).to_string())
            .collect::<Vec<_>>()
            .join(" ");
        out.push(Employer {
            line: sec.heading.map_or(1, |h| doc.lines[h].number),
            heading: String::new(),
            business: text.clone(),
            titles: text.clone(),
            duties: text.clone(),
            months: None,
            families: families_of(&text).iter().take(1).map(|f| f.id).collect(),
            industry: industry_of(&text).map(|i| i.id),
            roles: Vec::new(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_count_both_months_and_open_ones_to_the_resume_date() {
        let d = Date::new(2026, 11, 1).unwrap();
        assert_eq!(period_months("2015年4月〜2020年3月", Some(d)), Some(60));
        assert_eq!(period_months("2020年4月〜現在", Some(d)), Some(80));
        assert_eq!(period_months("平成30年4月～令和2年3月", None), Some(24));
        assert_eq!(period_months("2020年4月〜現在", None), None);
    }

    #[test]
    fn desk_duties_name_the_sales_assistant_when_no_title_does() {
        let doc = Document::parse(
            "## 職務経歴\n### 株式会社A（2018年4月〜2024年3月）\n- 受注データの入力を担当。\n- 営業担当8名の資料作成。\n- 受注入力の手順書を作り、ミスを月10件から3件に減らした。\n",
        );
        let e = employers(&doc);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].families, vec!["sales-assistant"]);
        // A sales rep who wins orders is still a sales rep.
        let doc = Document::parse(
            "## 職務経歴\n### 株式会社B（2018年4月〜2024年3月）\n- 法人営業として新規開拓を担当。\n- 大型案件を受注し、営業成績で表彰。\n",
        );
        assert_eq!(employers(&doc)[0].families, vec!["sales"]);
    }

    #[test]
    fn families_and_industries_from_words() {
        let ids = |t: &str| families_of(t).iter().map(|f| f.id).collect::<Vec<_>>();
        assert_eq!(ids("営業事務"), vec!["sales-assistant"]);
        assert_eq!(ids("法人営業部 主任"), vec!["sales"]);
        // A factory title named after its machine is production, even with forklift duties.
        assert_eq!(
            ids("成形オペレーター（班長候補） 製品をフォークリフトで倉庫へ搬送")[0].to_string(),
            "production"
        );
        assert_eq!(ids("溶接・組立作業")[0].to_string(), "production");
        assert_eq!(
            ids("居宅介護支援事業所 ケアマネジャー"),
            vec!["care-manager"]
        );
        assert_eq!(
            industry_of("食品スーパーマーケットの運営").map(|i| i.id),
            Some("retail-food")
        );
        assert_eq!(
            industry_of("冷凍食品の製造").map(|i| i.id),
            Some("mfg-food")
        );
        assert_eq!(industry_of("Microsoft 365の運用").map(|i| i.id), None);
        assert!(adjacent("driver", "logistics"));
        assert!(!adjacent("driver", "accounting"));
    }

    #[test]
    fn employer_blocks_with_months_family_and_industry() {
        let doc = Document::parse(
            "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n### 株式会社ヤマキストア（2012年4月～現在）\n事業内容：食品スーパーマーケットの運営\n\n#### 2019年4月～2022年3月　川原町店 店長\n- 売場づくりを担当。\n",
        );
        let e = employers(&doc);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].line, 6);
        assert_eq!(e[0].industry, Some("retail-food"));
        assert_eq!(e[0].families, vec!["store-management"]);
        assert_eq!(e[0].months, Some(176));
        assert_eq!(e[0].roles.len(), 1);
        assert_eq!(e[0].roles[0].months, Some(36));
    }
}
