//! The move a posting is for the seeker (issue 21): 同職種同業界 / 同職種異業界 / 周辺職種 / 未経験,
//! from the posting's job family and industry against the résumé's employer blocks (the whole
//! career: an earlier block of the same job counts), and the salary realism of that move
//! (the planner's bands, [`crate::plan::salary::band`]) against the posting's 想定年収 and the
//! seeker's current pay.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::document::Document;
use crate::plan::profile::Relation;
use crate::plan::salary::{band, man_yen};
use crate::text::normalize::Normalized;

use super::career::{self, Employer, MIN_POST_MONTHS, adjacent, industry_of};
use super::posting::{Posting, RequirementKind, YenRange};

/// The judged move.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Move {
    /// `same` | `same-job` | `adjacent` | `new` (the tracker's ids).
    pub relation: Relation,
    /// 「同職種同業界」…
    pub label: &'static str,
    /// The posting's job family (「施工管理」), when recognised.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub posting_job: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub posting_industry: Option<&'static str>,
    /// The résumé line of the employer block the relation rests on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resume_line: Option<usize>,
    /// Why, in Japanese.
    pub reason: String,
    /// Salary realism of the move, when the posting states a 想定年収 or the seeker's pay is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub salary: Option<MoveSalary>,
}

/// The posting's pay against what the market gives for this move.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MoveSalary {
    /// 想定年収 of the posting, in yen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub posting_low: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub posting_high: Option<i64>,
    /// The seeker's current yearly pay, in yen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current: Option<i64>,
    /// The band of the new pay for this relation, as a share of the current pay.
    pub band_low_ratio: f64,
    pub band_high_ratio: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub realistic_low: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub realistic_high: Option<i64>,
    /// `within` (the posting's range meets the band), `above`, `below`, `unknown`.
    pub verdict: &'static str,
    pub summary: String,
}

fn posting_text(p: &Posting) -> String {
    let mut s = String::new();
    for t in [&p.title, &p.company, &p.business].into_iter().flatten() {
        s.push_str(t);
        s.push(' ');
    }
    Normalized::new(&s).text
}

/// The posting's job family: the job its title names (the head of the title, see
/// [`career::title_family`]), else the family its duties name most often.
pub fn posting_family(p: &Posting) -> Option<&'static career::Family> {
    let title = Normalized::new(p.title.as_deref().unwrap_or("")).text;
    if let Some(f) = career::title_family(&title) {
        return Some(f);
    }
    let duties: String = p
        .of_kind(RequirementKind::Duty)
        .map(|i| i.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    career::dominant_family(&Normalized::new(&duties).text)
}

/// The families that count as the posting's job: its family, and for a title that names 総務
/// and 人事・労務 together (「総務・労務担当」) both — one job that holds the two. The office job
/// of a sales section (「一般事務（営業課）」「営業部の事務」) is the sales assistant's work: orders,
/// quotes and delivery dates for the reps.
fn posting_jobs(p: &Posting, family: Option<&'static str>) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = family.into_iter().collect();
    let pair = ["general-affairs", "hr"];
    let full = Normalized::new(p.title.as_deref().unwrap_or("")).text;
    if family.is_some_and(|f| pair.contains(&f)) {
        let title = career::outside_parens(&full);
        let named = career::families_of(&title);
        if pair.iter().all(|id| named.iter().any(|f| f.id == *id)) {
            out = pair.to_vec();
        }
    }
    // A title that joins two jobs with ・ (「配車・一般事務」) is one post that holds both.
    let title = career::outside_parens(&full);
    let spans = career::family_spans(&title);
    if family.is_some() {
        for w in spans.windows(2) {
            let ((a, f), (b, g)) = (&w[0], &w[1]);
            if &title[a.end..b.start] == "・" && [f.id, g.id].iter().any(|x| out.contains(x)) {
                for id in [f.id, g.id] {
                    if !out.contains(&id) {
                        out.push(id);
                    }
                }
            }
        }
    }
    if family == Some("general-affairs") && SALES_SECTION_RE.is_match(&full) {
        out.push("sales-assistant");
    }
    // A product's support desk (「SaaSのテクニカルサポート（ヘルプデスク）」) answers its users as a
    // support centre does and sorts out their faults as a helpdesk does: both jobs are its.
    if family == Some("call-center")
        && career::families_of(&full)
            .iter()
            .any(|f| f.id == "internal-it")
    {
        out.push("internal-it");
    }
    out
}

/// A sales department or section named in a title (営業課, 営業部, 営業1課, 営業グループ).
static SALES_SECTION_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"営業(?:本部|[一二三四五六七八九十第\d]*(?:部|課|グループ|チーム))")
        .expect("valid regex")
});

/// The posting's industry: for a 施工管理 job the field its title names (建築 / 電気 …), else the
/// 事業内容, the company and the title.
pub fn posting_industry(p: &Posting, family: Option<&str>) -> Option<&'static career::Industry> {
    let n = |s: &Option<String>| Normalized::new(s.as_deref().unwrap_or("")).text;
    if family == Some("construction-management")
        && let Some(i) = career::construction_field_of(&n(&p.title))
    {
        return Some(i);
    }
    // The parenthesis of 事業内容 names the customers (「運送事業（スーパーの店舗配送）」).
    let outside = |s: &Option<String>| super::career::outside_parens(&n(s));
    // 「株式会社みなと食品販売（業務用食品・食材の卸売／…）」: the parenthesis after the company
    // says what it does; its name may only hint at it.
    industry_of(&outside(&p.business))
        .or_else(|| industry_of(&career::inside_parens(&n(&p.company))))
        .or_else(|| industry_of(&outside(&p.company)))
        .or_else(|| industry_of(&n(&p.business)))
        .or_else(|| industry_of(&n(&p.company)))
        .or_else(|| industry_of(&n(&p.title)))
        .or_else(|| industry_of(&posting_text(p)))
        .or_else(|| {
            let duties: String = p
                .items
                .iter()
                .map(|i| i.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            industry_of(&Normalized::new(&duties).text)
        })
}

/// The industry of a block for a posting family: a 施工管理 block's field comes from its titles and
/// duties (電気設備 vs 建築), any other block's from the company's 事業内容.
fn block_industry(e: &Employer, family: Option<&str>) -> Option<&'static str> {
    if family == Some("construction-management") {
        let text = format!("{} {}", e.titles, e.duties);
        if let Some(i) = career::construction_field_of(&text) {
            return Some(i.id);
        }
    }
    e.industry
}

/// Judges the move; `current` is the seeker's current yearly pay in yen, `age` their age.
pub fn judge_with(
    posting: &Posting,
    resume: &Document,
    current: Option<i64>,
    age: Option<u32>,
) -> Move {
    let fam = posting_family(posting);
    let fam_id = fam.map(|f| f.id);
    let ind = posting_industry(posting, fam_id);
    let goods = ind
        .filter(|i| i.id == "trading")
        .and_then(|_| {
            let n = |s: &Option<String>| Normalized::new(s.as_deref().unwrap_or("")).text;
            [n(&posting.business), n(&posting.company), n(&posting.title)]
                .iter()
                .map(|t| career::trade_goods(t))
                .find(|g| !g.is_empty())
        })
        .unwrap_or_default();
    let blocks = career::employers(resume);
    let same_job = posting_jobs(posting, fam_id);
    // A help desk (「社内SE（ヘルプデスクのリーダー候補）」) answers people's questions as a contact
    // centre does; the rest of a 社内SE's work does not.
    let help_desk = posting.title.as_deref().is_some_and(|t| {
        ["ヘルプデスク", "サポートデスク", "ITサポート"]
            .iter()
            .any(|w| t.contains(w))
    });
    // A unit whose industry is not written (a キャリア式 heading) is taken to be in the industry
    // of the career when every block that names one names the same (the companies of a
    // キャリア式 list and the 派遣先 of an agency's block included).
    let career_industry = {
        let known: Vec<&'static str> = blocks
            .iter()
            .filter_map(|e| e.industry)
            .chain(
                blocks
                    .iter()
                    .flat_map(|e| e.roles.iter())
                    .filter_map(|r| r.industry),
            )
            .collect();
        known
            .first()
            .copied()
            .filter(|first| known.iter().all(|i| i == first))
    };
    let rank = |r: Relation| match r {
        Relation::Same => 0,
        Relation::SameJob => 1,
        Relation::Adjacent => 2,
        Relation::New => 3,
    };
    // Every post the seeker held counts, not only the latest of each employer: the block as a
    // whole (its titles and its posts of a year or more), and each post on its own (a 派遣先 with
    // its own 事業内容, an earlier post in the same company). Ties go to a post before a whole
    // block (the reason cites the post), then to the longer one.
    let mut best: Option<(Relation, Unit)> = None;
    let books = keeps_the_books(posting, fam_id);
    if let Some(f) = fam_id {
        for e in &blocks {
            // An agency's block whose accounting is only its 派遣先's.
            let temp_books = |fams: &[&str]| {
                fams.contains(&ACCOUNTING)
                    && e.roles
                        .iter()
                        .any(|r| r.dispatched && r.families.contains(&ACCOUNTING))
                    && !e
                        .roles
                        .iter()
                        .any(|r| !r.dispatched && r.families.contains(&ACCOUNTING))
                    && !career::families_of(&e.heading)
                        .iter()
                        .any(|g| g.id == ACCOUNTING)
            };
            let mut units = vec![Unit {
                families: e.families.clone(),
                industry: block_industry(e, fam_id),
                months: e.months,
                line: e.line,
                title: e.heading.clone(),
                post: false,
                near: e.near.clone(),
                temp: books && temp_books(&e.families),
                goods: career::trade_goods(&e.business),
            }];
            for r in e
                .roles
                .iter()
                .filter(|r| !r.families.is_empty() || !r.near.is_empty())
            {
                units.push(Unit {
                    families: r.families.clone(),
                    industry: r.industry,
                    months: r.months,
                    line: r.line,
                    title: r.text.clone(),
                    post: true,
                    near: r.near.clone(),
                    temp: books && r.dispatched && r.families.contains(&ACCOUNTING),
                    // A post in the block's own trade trades in its goods.
                    goods: if r.industry == e.industry {
                        career::trade_goods(&e.business)
                    } else {
                        Vec::new()
                    },
                });
            }
            for mut u in units {
                // A temp's post in an accounting department (派遣の経理事務, 請求書の発行) has done
                // the desk side of the books, not the closing a 経理 posting asks for: advisers
                // call it a neighbouring job — the same job for a posting of 経理事務 itself.
                if u.temp {
                    u.families.retain(|x| *x != ACCOUNTING);
                    u.near.push(ACCOUNTING);
                }
                if u.industry.is_none() {
                    u.industry = career_industry;
                }
                let mut r = if u.families.iter().any(|x| same_job.contains(x)) {
                    if let (Some(a), Some(b)) = (u.industry, ind.map(|i| i.id))
                        && career::same_industry(a, b, f)
                        // Two wholesalers trading in other goods are other trades.
                        && (a != "trading"
                            || u.goods.is_empty()
                            || goods.is_empty()
                            || u.goods.iter().any(|g| goods.contains(g)))
                    {
                        Relation::Same
                    } else {
                        Relation::SameJob
                    }
                } else if neighbour(&u, &same_job, ind.map(|i| i.id), help_desk).is_some() {
                    // The office job of a logistics centre has seen the centre's work from its
                    // desk: a neighbouring job of the centre's.
                    Relation::Adjacent
                } else {
                    Relation::New
                };
                // A restaurant's store and a shop's are run on other work (調理・衛生・原価 vs
                // 商品・売場・在庫): the same title across that line is a neighbouring job.
                if rank(r) < rank(Relation::Adjacent)
                    && other_store_kind(f, u.industry, ind.map(|i| i.id))
                {
                    r = Relation::Adjacent;
                }
                // A few months in the job is a neighbouring experience, not the job.
                if u.months.is_some_and(|m| m < MIN_POST_MONTHS)
                    && rank(r) < rank(Relation::Adjacent)
                {
                    r = Relation::Adjacent;
                }
                let better = match &best {
                    None => r != Relation::New,
                    Some((b, bu)) => {
                        (rank(r), !u.post, std::cmp::Reverse(u.months.unwrap_or(0)))
                            < (
                                rank(*b),
                                !bu.post,
                                std::cmp::Reverse(bu.months.unwrap_or(0)),
                            )
                    }
                };
                if better {
                    best = Some((r, u));
                }
            }
        }
    }
    let (relation, unit) = match best {
        Some((r, u)) => (r, Some(u)),
        None => (Relation::New, None),
    };
    let job_label = fam.map_or("この求人の職種", |f| f.label);
    let ind_label = ind.map_or("この業界", |i| i.label);
    let held = |u: &Unit| {
        let years = u
            .months
            .map_or(String::new(), |m| format!("（{}）", tenure(m)));
        format!("「{}」{years}", short(&u.title))
    };
    let reason = match (relation, &unit) {
        // The posting's job held under another of its names (「一般事務（営業課）」 done as 営業事務).
        (Relation::Same, Some(u)) if !u.families.contains(&fam_id.unwrap_or_default()) => {
            let other = u
                .families
                .iter()
                .find(|f| same_job.contains(f))
                .and_then(|f| career::family(f))
                .map_or(job_label, |f| f.label);
            format!(
                "求人の{job_label}（{ind_label}）は{other}の仕事でもあり、職務経歴の{}で経験しています。",
                held(u)
            )
        }
        (Relation::Same, Some(u)) => format!(
            "求人の{job_label}（{ind_label}）を、職務経歴の{}で経験しています。",
            held(u)
        ),
        (Relation::SameJob, Some(u)) if ind.is_none() => format!(
            "{job_label}の経験は{}にあります。求人票から会社の業界を読み取れなかったため、同職種異業界として扱っています。",
            held(u)
        ),
        // A wholesaler of other goods: the trade was held, its goods differ.
        (Relation::SameJob, Some(u))
            if u.industry == Some("trading")
                && ind.is_some_and(|i| i.id == "trading")
                && !u.goods.is_empty()
                && !goods.is_empty() =>
        {
            format!(
                "{job_label}の経験は{}にあります。同じ卸・商社でも扱う商品の分野が求人と違うため、同職種異業界として扱っています。",
                held(u)
            )
        }
        // What the career's 事業内容 say, not more: a trade named only in the 職務要約 is not
        // read.
        (Relation::SameJob, Some(u)) => format!(
            "{job_label}の経験は{}にあります。業界（{ind_label}）での経験は職務経歴に見当たらないため、同職種異業界として扱っています。",
            held(u)
        ),
        (Relation::Adjacent, Some(u))
            if u.families.contains(&fam_id.unwrap_or_default())
                && other_store_kind(fam_id.unwrap_or_default(), u.industry, ind.map(|i| i.id)) =>
        {
            let unit_ind = u
                .industry
                .and_then(career::industry)
                .map_or("別の業態", |i| i.label);
            // One parenthesis for the trade and the years (「…店長」（飲食、6年3か月）).
            let years = u
                .months
                .map_or(String::new(), |m| format!("、{}", tenure(m)));
            format!(
                "{job_label}の経験は「{}」（{unit_ind}{years}）にあります。{unit_ind}と{ind_label}では店の仕事が違うため、周辺職種として扱っています。",
                short(&u.title)
            )
        }
        (Relation::Adjacent, Some(u)) if u.families.contains(&fam_id.unwrap_or_default()) => {
            format!(
                "{job_label}の経験は{}だけで、1年に満たないため周辺職種として扱っています。",
                held(u)
            )
        }
        (Relation::Adjacent, Some(u)) if u.temp => format!(
            "{job_label}の経験は派遣での{}です。派遣で任される{job_label}の仕事は決算までは含まないことが多いため、周辺職種として扱っています。",
            held(u)
        ),
        (Relation::Adjacent, Some(u)) => {
            // The job of the posting's the experience neighbours (a product helpdesk's
            // ヘルプデスク for a developer, not its support centre), and the unit's job that does.
            let (label, own) = match neighbour(u, &same_job, ind.map(|i| i.id), help_desk) {
                Some((s, b)) => (
                    career::family(s).map_or(job_label, |f| f.label),
                    b.and_then(career::family).map(|f| f.label),
                ),
                None => (job_label, None),
            };
            match own {
                Some(own) => format!("{}での{own}の経験は{label}の周辺職種です。", held(u)),
                None => format!("{}の経験は{label}の周辺職種です。", held(u)),
            }
        }
        _ => match fam {
            Some(_) => format!("職務経歴に{job_label}やその周辺の仕事が見つかりません。"),
            None => "求人の職種を読み取れませんでした。未経験として扱っています。".to_string(),
        },
    };
    let salary = move_salary(posting.conditions.annual_salary, relation, current, age);
    Move {
        relation,
        label: relation.label(),
        posting_job: fam.map(|f| f.label),
        posting_industry: ind.map(|i| i.label),
        resume_line: unit.map(|u| u.line),
        reason,
        salary,
    }
}

/// Whether a store job is judged across food service and retail: 飲食店の店長 for a shop's
/// 店長 (or the other way round) — advisers call it 周辺職種, not 同職種異業界. Both industries
/// must be known.
fn other_store_kind(family: &str, unit: Option<&str>, posting: Option<&str>) -> bool {
    const FOOD_SERVICE: &[&str] = &["restaurant"];
    const RETAIL: &[&str] = &[
        "retail-drug",
        "retail-food",
        "retail-specialty",
        "retail-goods",
        "retail-shop",
        "retail-sports",
        "retail-electronics",
    ];
    let kind = |i: Option<&str>| {
        i.map(|i| {
            if FOOD_SERVICE.contains(&i) {
                1
            } else if RETAIL.contains(&i) {
                2
            } else {
                0
            }
        })
        .unwrap_or(0)
    };
    matches!(family, "store-management" | "retail-sales")
        && kind(unit) != 0
        && kind(posting) != 0
        && kind(unit) != kind(posting)
}

/// The posting's job (of `same_job`) a unit's experience neighbours: a family of the unit next to
/// it (see [`career::adjacent`], inside one building trade for 営業 ↔ 施工管理), or the job of the
/// place its office job was done at (the office job of a logistics centre has seen the centre's
/// work from its desk).
fn neighbour(
    u: &Unit,
    same_job: &[&'static str],
    posting: Option<&str>,
    help_desk: bool,
) -> Option<(&'static str, Option<&'static str>)> {
    same_job.iter().copied().find_map(|s| {
        let own = u.families.iter().copied().find(|b| {
            adjacent(b, s)
                && !other_building_trade(b, s, u.industry, posting)
                && (help_desk || !(*b == "call-center" && s == "internal-it"))
        });
        match own {
            Some(b) => Some((s, Some(b))),
            None => u.near.contains(&s).then_some((s, None)),
        }
    })
}

/// Whether a move between 施工管理 and 営業 (`a`, `b` either way) crosses trades: the two
/// neighbour each other only inside one building trade — a リフォーム salesman has planned
/// works with the crews of a house, a 建築 site manager has met its owners — not for the sales
/// of another trade (事務機器, 厨房機器) nor a site of another field (リフォーム → 土木). A house's
/// リフォーム is 建築 work. Both industries must be known.
fn other_building_trade(a: &str, b: &str, unit: Option<&str>, posting: Option<&str>) -> bool {
    let pair = ["construction-management", "sales"];
    if !(pair.contains(&a) && pair.contains(&b) && a != b) {
        return false;
    }
    fn trade(i: &str) -> &str {
        if i == "reform" {
            "construction-building"
        } else {
            i
        }
    }
    matches!((unit, posting), (Some(u), Some(p)) if trade(u) != trade(p))
}

/// A post or an employer block the move is judged against.
struct Unit {
    families: Vec<&'static str>,
    industry: Option<&'static str>,
    months: Option<u32>,
    /// Its line in the résumé and its title as written.
    line: usize,
    title: String,
    /// A post inside a block, not the block as a whole.
    post: bool,
    /// The families of the places its office job was done (see [`career::Role::near`]).
    near: Vec<&'static str>,
    /// Its accounting was done as a temp (see [`keeps_the_books`]).
    temp: bool,
    /// What a wholesaler's block trades in (see [`career::trade_goods`]).
    goods: Vec<&'static str>,
}

const ACCOUNTING: &str = "accounting";

/// Whether the posting asks for the accountant who keeps the books (「経理（主任候補）」「経理
/// （月次・年次決算）」), not for the clerk's desk work (「経理事務」「経理補助」).
fn keeps_the_books(p: &Posting, family: Option<&str>) -> bool {
    let title = Normalized::new(p.title.as_deref().unwrap_or("")).text;
    family == Some(ACCOUNTING) && !["経理事務", "経理補助"].iter().any(|w| title.contains(w))
}

/// 「3年」「1年6か月」「8か月」.
fn tenure(months: u32) -> String {
    match (months / 12, months % 12) {
        (0, m) => format!("{m}か月"),
        (y, 0) => format!("{y}年"),
        (y, m) => format!("{y}年{m}か月"),
    }
}

/// Judges the move without the seeker's pay.
pub fn judge(posting: &Posting, resume: &Document) -> Move {
    judge_with(posting, resume, None, None)
}

fn short(s: &str) -> String {
    let t: String = s
        .trim_start_matches(['#', '■', '◎', '●', '*', ' '])
        .replace("**", "");
    if t.chars().count() > 40 {
        t.chars().take(40).collect::<String>() + "…"
    } else {
        t
    }
}

fn move_salary(
    posting: Option<YenRange>,
    relation: Relation,
    current: Option<i64>,
    age: Option<u32>,
) -> Option<MoveSalary> {
    if posting.is_none() && current.is_none() {
        return None;
    }
    let (lo_r, hi_r) = band(relation, age);
    let round = |v: f64| ((v / 10_000.0).round() as i64) * 10_000;
    let (realistic_low, realistic_high) = match current {
        Some(c) if c > 0 => (Some(round(c as f64 * lo_r)), Some(round(c as f64 * hi_r))),
        _ => (None, None),
    };
    let (pl, ph) = match posting {
        Some(r) => (Some(r.low), Some(r.high.unwrap_or(r.low))),
        None => (None, None),
    };
    let verdict = match (pl, ph, realistic_low, realistic_high) {
        (Some(pl), Some(ph), Some(rl), Some(rh)) => {
            if ph < rl {
                "below"
            } else if pl > rh {
                "above"
            } else {
                "within"
            }
        }
        _ => "unknown",
    };
    let range = |a: Option<i64>, b: Option<i64>| match (a, b) {
        (Some(a), Some(b)) if a != b => format!("{}〜{}", man_yen(a), man_yen(b)),
        (Some(a), _) => man_yen(a),
        _ => String::new(),
    };
    let posting_text = range(pl, ph);
    let band_text = range(realistic_low, realistic_high);
    let label = relation.label();
    let summary = match verdict {
        "within" => format!(
            "{label}の転職で見込める年収は{band_text}。この求人の想定年収 {posting_text} はこの範囲と重なり、現実的です。"
        ),
        "below" => format!(
            "{label}の転職で見込める年収は{band_text}。この求人の想定年収 {posting_text} はそれを下回ります。年収を優先するなら、条件の交渉か別の求人も検討しましょう。"
        ),
        "above" => format!(
            "{label}の転職で見込める年収は{band_text}。この求人の想定年収 {posting_text} はそれを上回ります。上限で採用されるとは限らないので、提示額は下限寄りを想定しておきましょう。"
        ),
        _ => match (pl.is_some(), current.is_some()) {
            (true, false) => format!(
                "この求人の想定年収は {posting_text}。{label}の転職では現年収の{:.0}〜{:.0}%が目安です。現年収を入れると見込みと比べます。",
                lo_r * 100.0,
                hi_r * 100.0
            ),
            _ => format!(
                "{label}の転職で見込める年収は{band_text}。求人票に想定年収が見つからないため、比べられません。"
            ),
        },
    };
    Some(MoveSalary {
        posting_low: pl,
        posting_high: ph,
        current,
        band_low_ratio: lo_r,
        band_high_ratio: hi_r,
        realistic_low,
        realistic_high,
        verdict,
        summary,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prep::posting::parse;

    const RESUME: &str = "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n### 株式会社ヤマキストア（2012年4月～現在）\n事業内容：食品スーパーマーケットの運営\n\n#### 2019年4月～2022年3月　川原町店 店長\n- 売場づくりを担当。\n";

    #[test]
    fn same_job_same_industry_and_other_moves() {
        let doc = Document::parse(RESUME);
        let p = parse(
            "店長候補（食品スーパー）\n株式会社フレッシュ\n\n仕事内容\n・売場づくり\n\n想定年収 450万円～560万円\n",
        );
        let m = judge_with(&p, &doc, Some(5_000_000), Some(40));
        assert_eq!(m.relation, Relation::Same);
        // The 店長 post is cited, not the whole employer block.
        assert_eq!(m.resume_line, Some(9));
        let s = m.salary.unwrap();
        assert_eq!(s.posting_low, Some(4_500_000));
        assert_eq!(s.verdict, "within");
        let p = parse("エリアマネージャー（コスメ専門店）\n\n仕事内容\n・店舗巡回\n");
        assert_eq!(judge(&p, &doc).relation, Relation::SameJob);
        let p = parse("経理スタッフ（食品スーパー）\n\n仕事内容\n・仕訳\n");
        assert_eq!(judge(&p, &doc).relation, Relation::New);
    }
}

#[cfg(test)]
mod every_post {
    use super::*;
    use crate::prep::posting::parse;

    const QUALITY_NOW: &str = "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n### 東西化成株式会社（2012年4月～現在）\n事業内容：自動車用樹脂部品の製造\n\n#### 2020年4月～現在　品質保証部 品質管理課（主任）\n- 工程内不良の集計と是正処置の確認\n\n#### 2012年4月～2020年3月　製造部 成形課（オペレーター）\n- 射出成形機6台の段取り替えと日常点検\n";

    /// The latest title is 品質管理, but the seeker ran the moulding machines for eight years in
    /// the same company: for a production job that is the same job, not a neighbouring one.
    #[test]
    fn an_earlier_post_in_the_same_company_makes_the_same_job() {
        let doc = Document::parse(QUALITY_NOW);
        let p = parse(
            "製造オペレーター（自動車部品）\n株式会社北辰プラスチック\n事業内容：自動車用樹脂部品の製造\n\n仕事内容\n・射出成形機の操作\n",
        );
        let m = judge(&p, &doc);
        assert_eq!(m.relation, Relation::Same, "{}", m.reason);
        assert_eq!(
            m.resume_line,
            Some(12),
            "the earlier post is cited: {}",
            m.reason
        );
        assert!(m.reason.contains("8年"), "{}", m.reason);
        // For a quality job, the latest post.
        let p = parse("品質管理（自動車部品）\n\n仕事内容\n・不良の是正処置\n");
        let m = judge(&p, &doc);
        assert_eq!(m.relation, Relation::Same);
        assert_eq!(m.resume_line, Some(9));
    }

    /// A few months in a job is having seen it, not having done it.
    #[test]
    fn a_post_of_a_few_months_is_at_most_a_neighbouring_job() {
        let doc = Document::parse(
            "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n■株式会社ワーク東海（派遣元）に登録（2019年4月～現在）\n\n◇派遣先①：丸一商事株式会社　営業部（2019年4月～2019年9月）\n事業内容：文具の卸売\n担当業務：営業事務\n- 受注入力と納期の確認\n\n◇派遣先②：医療法人社団 さくら会　本部経理課（2019年10月～現在）\n事業内容：病院の運営\n担当業務：経理事務\n- 仕訳入力と月次決算の補助\n",
        );
        let p = parse("営業事務（文具の専門商社）\n\n仕事内容\n・受注入力\n");
        let m = judge(&p, &doc);
        assert_eq!(m.relation, Relation::Adjacent, "{}", m.reason);
        let p = parse("経理事務（病院）\n\n仕事内容\n・仕訳入力\n");
        assert_eq!(judge(&p, &doc).relation, Relation::Same);
    }
}

#[cfg(test)]
mod store_kinds_and_office_jobs {
    use super::*;
    use crate::prep::posting::parse;

    const DINER: &str = "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n### 株式会社あさひ食堂（2014年4月～現在）\n事業内容：定食チェーン（十八店舗）の運営\n\n#### 2018年4月～現在　駅前店 店長\n- アルバイト15名のシフト作成と育成\n- 食材の発注と原価の管理\n";

    /// A restaurant's 店長 applying to run a shop: a neighbouring job, not the same job in
    /// another industry; to run another restaurant, the same job.
    #[test]
    fn a_restaurant_manager_to_a_shop_is_a_neighbouring_job() {
        let doc = Document::parse(DINER);
        let p = parse("店長候補（ホームセンター・雑貨専門店）\n\n仕事内容\n・売場づくり\n");
        let m = judge(&p, &doc);
        assert_eq!(m.relation, Relation::Adjacent, "{}", m.reason);
        assert!(m.reason.contains("飲食"), "{}", m.reason);
        let p = parse("店長候補（カフェチェーン）\n\n仕事内容\n・店舗運営\n");
        assert_eq!(judge(&p, &doc).relation, Relation::Same);
        // A sales rep has not run a shop, nor a shop manager sold to companies.
        let p = parse("法人営業（業務用食器の卸）\n\n仕事内容\n・飲食店への提案\n");
        assert_eq!(judge(&p, &doc).relation, Relation::New);
    }

    /// 「総務・労務担当」 holds both office jobs: a 総務 career is the same job; for a posting of
    /// 人事労務 alone it is a neighbouring one.
    #[test]
    fn a_title_of_general_affairs_and_labour_holds_both() {
        let doc = Document::parse(
            "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n### 株式会社コダマ精機（2015年4月～現在）\n事業内容：産業用ポンプの製造\n所属：総務課\n- 備品と社用車の管理\n- 株主総会の準備\n",
        );
        let p = parse("総務・労務担当（機械メーカー）\n\n仕事内容\n・社会保険の手続き\n");
        assert_eq!(judge(&p, &doc).relation, Relation::Same);
        let p = parse("人事労務スタッフ（機械メーカー）\n\n仕事内容\n・給与計算\n");
        assert_eq!(judge(&p, &doc).relation, Relation::Adjacent);
    }

    /// A キャリア式 heading names no company: its industry is the career's when every employer
    /// block names the same one.
    #[test]
    fn a_career_heading_takes_the_industry_of_the_career() {
        let doc = Document::parse(
            "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n### 株式会社つばめ亭（2012年4月～2018年3月）\n事業内容：居酒屋チェーンの運営\n\n### 株式会社はるかぜ食堂（2018年4月～現在）\n事業内容：定食チェーンの運営\n\n## 経験の詳細\n\n### 店舗運営・店長業務（通算9年）\n- 売上・人件費の管理と月次の振り返り\n- アルバイトの採用と育成\n",
        );
        let p = parse("店長候補（ドラッグストア）\n\n仕事内容\n・店舗運営\n");
        assert_eq!(judge(&p, &doc).relation, Relation::Adjacent);
    }
}

#[cfg(test)]
mod dump {
    use super::*;

    #[test]
    #[ignore]
    #[allow(clippy::print_stdout)]
    fn dump_dev_blocks() {
        let root = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../eval"));
        let mut files: Vec<_> = std::fs::read_dir(root.join("resumes/dev"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect();
        files.sort();
        for f in files {
            let doc = Document::parse(&std::fs::read_to_string(&f).unwrap());
            for j in &doc.jobs {
                println!(
                    "JOB {} L{} sub={:?}",
                    f.file_name().unwrap().to_string_lossy(),
                    doc.lines[j.heading].number,
                    j.sub_blocks
                        .iter()
                        .map(|&i| doc.lines[i].number)
                        .collect::<Vec<_>>()
                );
            }
            for e in career::employers(&doc) {
                println!(
                    "BLOCK {} L{} {:?} fam={:?} ind={:?} months={:?} roles={:?}",
                    f.file_name().unwrap().to_string_lossy(),
                    e.line,
                    e.heading,
                    e.families,
                    e.industry,
                    e.months,
                    e.roles
                        .iter()
                        .map(|r| (r.line, r.kind, r.months, r.families.clone(), r.industry))
                        .collect::<Vec<_>>()
                );
            }
        }
        let mut files: Vec<_> = std::fs::read_dir(root.join("postings/dev"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect();
        files.sort();
        for f in files {
            let p = crate::prep::posting::parse(&std::fs::read_to_string(&f).unwrap());
            let fam = posting_family(&p);
            println!(
                "POSTING {} title={:?} company={:?} business={:?} fam={:?} ind={:?} annual={:?}",
                f.file_name().unwrap().to_string_lossy(),
                p.title,
                p.company,
                p.business,
                fam.map(|f| f.id),
                posting_industry(&p, fam.map(|f| f.id)).map(|i| i.id),
                p.conditions.annual_salary
            );
        }
    }
}

#[cfg(test)]
mod industry_rules {
    use super::*;
    use crate::prep::posting::parse;

    fn resume(company: &str, business: &str, title: &str) -> Document {
        Document::parse(&format!(
            "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n### {company}（2015年4月～現在）\n事業内容：{business}\n所属：{title}\n- 月次の集計と報告\n"
        ))
    }

    /// A job site's 【会社】 label names the company, and the parenthesis after it what the
    /// company does (a wholesaler named 「…食品販売」 is a wholesaler); when the posting says
    /// nothing of its industry, the reason says so instead of naming one.
    #[test]
    fn the_company_label_and_what_it_does() {
        let p = parse(
            "【職種】総務（本社工場の総務課）\n【会社】株式会社シンエイ機工（産業用ポンプの製造／従業員数 430名）\n\n仕事内容\n◆備品の管理\n",
        );
        assert!(
            p.company
                .as_deref()
                .is_some_and(|c| c.contains("シンエイ機工"))
        );
        let maker = resume("株式会社東和精密", "精密部品の製造", "総務課 総務");
        assert_eq!(judge(&p, &maker).relation, Relation::Same);
        let p = parse(
            "【求人】ルート営業\n【企業】株式会社みなと食品販売（業務用食品・食材の卸売／従業員数540名）\n\n仕事内容\n◆飲食店への提案\n",
        );
        assert_eq!(
            posting_industry(&p, Some("sales")).map(|i| i.id),
            Some("trading")
        );
        let p = parse("総務スタッフ\n\n仕事内容\n・備品の管理\n");
        let m = judge(&p, &maker);
        assert_eq!(m.relation, Relation::SameJob);
        assert!(m.reason.contains("読み取れなかった"), "{}", m.reason);
        assert!(!m.reason.contains("この業界"), "{}", m.reason);
    }

    /// A maker that sells its own goods to shops (「製造・卸売」) is among the makers: a
    /// wholesaler's office is another industry, a food maker's the same.
    #[test]
    fn a_maker_that_wholesales_is_a_maker() {
        let p = parse(
            "求人票\n項目｜内容\n会社名｜株式会社あけぼの製菓\n事業内容｜焼き菓子の製造・卸売（工場1か所）\n募集職種｜総務スタッフ\n仕事内容｜備品の管理\n",
        );
        let maker = resume("株式会社みずほデリカ", "惣菜の製造", "総務課 総務");
        assert_eq!(judge(&p, &maker).relation, Relation::Same);
        let wholesaler = resume("株式会社カネイチ", "業務用食品の卸売", "総務課 総務");
        assert_eq!(judge(&p, &wholesaler).relation, Relation::SameJob);
        assert_eq!(
            career::industry_of("文具の卸売").map(|i| i.id),
            Some("trading")
        );
    }

    /// The profile line under a title (business／従業員数) is the company's business.
    #[test]
    fn a_profile_line_under_the_title_is_the_business() {
        let p = parse(
            "営業事務｜株式会社みなと食品販売｜月給22万円\n酒類・食品の卸売（取引先 約800件）／従業員数 150名\n\n仕事内容\n◆受注の入力\n",
        );
        assert_eq!(
            p.business.as_deref(),
            Some("酒類・食品の卸売（取引先 約800件）／従業員数 150名")
        );
        let seeker = resume("株式会社マルサン", "菓子・飲料の卸売", "営業部 営業事務");
        assert_eq!(judge(&p, &seeker).relation, Relation::Same);
    }

    /// Wholesalers are told apart by what they trade in: a 医療機器の卸 is another trade than a
    /// 住宅設備の卸; two that share a kind of goods (住宅設備機器) are one.
    #[test]
    fn wholesalers_by_their_goods() {
        let p = parse(
            "求人票\n項目｜内容\n会社名｜株式会社メディカルリンク\n事業内容｜医療機器・医療材料の卸売（病院・クリニック約1,800件と取引）\n募集職種｜営業事務\n仕事内容｜受注の入力\n",
        );
        let housing = resume(
            "株式会社ミナト住設",
            "住宅設備機器の卸売",
            "営業部 営業事務",
        );
        let m = judge(&p, &housing);
        assert_eq!(m.relation, Relation::SameJob);
        assert!(m.reason.contains("扱う商品の分野"), "{}", m.reason);
        assert!(!m.reason.contains("見当たらない"), "{}", m.reason);
        let q = parse(
            "求人票\n項目｜内容\n会社名｜株式会社三輪住設商事\n事業内容｜住宅設備機器・建材の卸売（取引先 工務店約1,800社）\n募集職種｜営業事務\n仕事内容｜受注の入力\n",
        );
        let building = resume(
            "株式会社ヤマト資材",
            "建設資材・住宅設備機器の卸売",
            "営業部 営業事務",
        );
        assert_eq!(judge(&q, &building).relation, Relation::Same);
        assert_eq!(judge(&q, &housing).relation, Relation::Same);
    }

    /// The office of a plumbing contractor and of a civil contractor are one trade (建設業); for
    /// a 施工管理 job the fields stay apart.
    #[test]
    fn construction_fields_are_one_trade_for_office_jobs() {
        let seeker = resume("株式会社つるぎ建設", "土木工事・建築工事", "管理部 経理");
        let p = parse(
            "経理スタッフ（空調設備工事）\n株式会社ミドリ空調\n事業内容：管工事・空調設備工事\n\n仕事内容\n・仕訳入力\n",
        );
        assert_eq!(judge(&p, &seeker).relation, Relation::Same);
        assert!(!career::same_industry(
            "construction-civil",
            "construction-plumbing",
            "construction-management"
        ));
    }

    /// Shipping for web shops (EC出荷, 通販事業者向けの物流代行) is a logistics business: a 3PL's
    /// centre and a posting's 「EC出荷を担うセンター」 are logistics, not mail order.
    #[test]
    fn shipping_for_web_shops_is_logistics() {
        let id = |t: &str| career::industry_of(t).map(|i| i.id);
        assert_eq!(
            id("通販事業者向けの物流代行（倉庫3拠点）"),
            Some("logistics")
        );
        assert_eq!(
            id("アパレル・雑貨のEC出荷を担う大型センター"),
            Some("logistics")
        );
        assert_eq!(id("EC物流センターの運営管理"), Some("logistics"));
        assert_eq!(id("インテリア雑貨のEC運営"), Some("mail-order"));
        let p = parse(
            "出荷・入荷部門のマネージャー候補\n株式会社ミナミ\n\n仕事内容\n・アパレルのEC出荷を担う大型センターの現場管理\n・作業者の配置\n",
        );
        let f = posting_family(&p).map(|f| f.id);
        assert_eq!(f, Some("logistics"));
        assert_eq!(posting_industry(&p, f).map(|i| i.id), Some("logistics"));
        let doc = Document::parse(
            "職務経歴書\n2026年12月1日現在\n\n＜職務経歴＞\n◆株式会社ヒガシ流通（2019年7月～現在）\n　事業内容：通販事業者向けの物流代行（倉庫3拠点）\n　2019年7月　入社　物流センター 出荷チーム リーダー\n　・ピッキングと梱包の進み具合の管理\n",
        );
        assert_eq!(judge(&p, &doc).relation, Relation::Same);
    }

    /// A web shop (EC) and a catalogue house are one business.
    #[test]
    fn a_web_shop_is_mail_order() {
        assert_eq!(
            career::industry_of("インテリア雑貨のEC運営").map(|i| i.id),
            Some("mail-order")
        );
        assert_eq!(
            career::industry_of("SECOM").map(|i| i.id),
            None,
            "EC only as a word"
        );
    }
}

#[cfg(test)]
mod office_jobs_and_their_places {
    use super::*;
    use crate::prep::posting::parse;

    const RESUME: &str = "職務経歴書\n2026年12月1日現在\n\n【職務経歴】\n■株式会社丸泉住設（2013年4月～2019年3月）\n　事業内容：住宅設備機器の卸売\n　2013年4月　入社　営業部 業務課に配属\n　・営業担当８名の受注の入力、納期の回答、見積書の作成\n　・新人の事務スタッフ３名の教育を担当\n\n■株式会社ミライ人材（派遣元）（2019年5月～2026年9月）\n　〈派遣先〉北港ロジテック株式会社　物流センター事務（2019年5月～2026年9月）\n　・出荷伝票の発行と集荷の手配\n";

    /// The sales assistant's colleagues (営業担当８名) are not the seeker's job: a 営業 posting is
    /// a neighbouring job; the office of a sales section (一般事務（営業課）) is the same job.
    #[test]
    fn colleagues_are_not_the_job_and_a_sales_section_office_is_sales_assistance() {
        let doc = Document::parse(RESUME);
        let p = parse("法人営業（住宅設備の専門商社）\n\n仕事内容\n・工務店への提案\n");
        assert_eq!(judge(&p, &doc).relation, Relation::Adjacent);
        let p = parse(
            "求人番号　1\n事業所名　株式会社ヒカリ住器\n事業内容　住宅設備機器の卸売、工務店向け\n職種　一般事務（営業課）　正社員\n\n仕事の内容\n・注文の入力\n",
        );
        let m = judge(&p, &doc);
        assert_eq!(m.relation, Relation::Same, "{}", m.reason);
        assert_eq!(m.resume_line, Some(5));
    }

    /// The office job of a logistics centre is a neighbour of the centre's management; the
    /// agency's block takes no industry from the rest of the career.
    #[test]
    fn a_logistics_centre_office_is_a_neighbour_of_the_centre() {
        let doc = Document::parse(RESUME);
        let p = parse(
            "物流センターの現場管理（リーダー候補）\n株式会社ミナト物流\n\n仕事内容\n・入出荷の進捗管理\n",
        );
        let m = judge(&p, &doc);
        assert_eq!(m.relation, Relation::Adjacent, "{}", m.reason);
        assert_eq!(m.resume_line, Some(12));
        assert!(m.reason.contains("周辺職種"), "{}", m.reason);
    }
}

#[cfg(test)]
mod dispatch {
    use super::*;
    use crate::prep::posting::parse;

    const DRIVER: &str = "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n### 北浜運輸株式会社（2014年4月～現在）\n事業内容：一般貨物自動車運送\n所属：配送課　ドライバー　2023年より配車の補助を兼務\n- 4t車での店舗配送\n- 配車補助と新人の同乗指導\n";

    /// Planning the runs is its own job beside the driving: a driver who helps with it is a
    /// neighbouring hand, one who holds the post does the job.
    #[test]
    fn a_driver_helping_with_dispatch_is_a_neighbour_of_the_dispatcher() {
        let p = parse(
            "配車・運行管理スタッフ（共同配送センター）\n南海物流株式会社\n\n仕事内容\n・翌日の配車計画の作成\n",
        );
        assert_eq!(posting_family(&p).map(|f| f.id), Some("dispatch"));
        let doc = Document::parse(DRIVER);
        assert_eq!(judge(&p, &doc).relation, Relation::Adjacent);
        let doc = Document::parse(&DRIVER.replace(
            "ドライバー　2023年より配車の補助を兼務",
            "配車係（ドライバー兼務）",
        ));
        assert_eq!(judge(&p, &doc).relation, Relation::Same);
        let p = parse("4tドライバー（ルート配送）\n南海物流株式会社\n\n仕事内容\n・店舗への配送\n");
        assert_eq!(judge(&p, &Document::parse(DRIVER)).relation, Relation::Same);
    }
}

#[cfg(test)]
mod counter_and_field_sales {
    use super::*;
    use crate::prep::posting::parse;

    /// A shop's counter staff has not sold to companies: a 法人営業 posting is a new job.
    #[test]
    fn counter_sales_is_no_neighbour_of_field_sales() {
        let doc = Document::parse(
            "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n### 株式会社ひばり靴店（2016年4月～現在）\n事業内容：靴の専門店（12店舗）\n所属：駅前店　販売スタッフ\n- 接客販売とレジ\n",
        );
        let p = parse("法人営業（オフィス用品の専門商社）\n\n仕事内容\n・既存顧客へのルート営業\n");
        assert_eq!(judge(&p, &doc).relation, Relation::New);
        let p = parse("店長候補（靴の専門店）\n\n仕事内容\n・売場づくり\n");
        assert_eq!(judge(&p, &doc).relation, Relation::Adjacent);
    }
}

#[cfg(test)]
mod career_by_field {
    use super::*;
    use crate::prep::posting::parse;

    const BY_FIELD: &str = "職務経歴書\n2026年11月30日現在\n\n■職務経歴（分野別）\n\n◆法人営業（通算10年）\n- 飲食店への新規開拓と提案\n- 既存顧客の定期訪問\n\n■在籍企業\n- 2012年4月～2018年3月　株式会社サカエ厨機（業務用厨房機器の販売・保守）\n- 2018年4月～現在　大和資材株式会社（包装資材の専門商社）\n";

    /// A résumé written by field lists its companies apart: each did the jobs of the fields, in
    /// the business its parenthesis names.
    #[test]
    fn a_listed_company_did_the_fields_jobs_in_its_business() {
        let doc = Document::parse(BY_FIELD);
        let listed: Vec<_> = career::employers(&doc)
            .into_iter()
            .flat_map(|e| e.roles)
            .filter(|r| r.listed_company)
            .collect();
        assert_eq!(listed.len(), 2, "{listed:?}");
        assert_eq!(listed[0].industry, Some("kitchen-equipment"));
        assert_eq!(listed[0].families, vec!["sales"]);
        assert_eq!(listed[0].months, Some(72));
        let p = parse("法人営業（業務用厨房機器メーカー）\n\n仕事内容\n・飲食チェーンへの提案\n");
        let m = judge(&p, &doc);
        assert_eq!(m.relation, Relation::Same, "{}", m.reason);
    }

    /// Restaurant companies only, by field: the career is in food service, so a shop's store
    /// is a neighbouring job.
    #[test]
    fn the_listed_companies_give_the_careers_industry() {
        let doc = Document::parse(
            "職務経歴書\n2026年11月30日現在\n\n■職務経歴（分野別）\n\n◆店舗運営（通算8年）\n- 売上と人件費の管理\n- 店長としてアルバイト20名の育成\n\n■在籍企業\n- 2014年4月～2019年3月　株式会社とりまさ（焼き鳥居酒屋チェーン）\n- 2019年4月～現在　株式会社ルポ（カフェチェーン）\n",
        );
        let p = parse("店長候補（雑貨専門店）\n\n仕事内容\n・売場づくり\n");
        assert_eq!(judge(&p, &doc).relation, Relation::Adjacent);
    }
}

#[cfg(test)]
mod sales_and_sites {
    use super::*;
    use crate::prep::posting::parse;

    const REFORM_SALES: &str = "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n### 株式会社ホームリペア東海（2015年4月～現在）\n事業内容：住宅リフォームの提案・施工\n\n- 個人のお客様へのリフォームの提案営業と見積もり\n";

    const OFFICE_SALES: &str = "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n### 株式会社オフィスサプライ北陸（2015年4月～現在）\n事業内容：複合機・事務機器の販売\n\n- 法人への複合機の提案営業と見積もり\n";

    /// 営業 and 施工管理 neighbour each other inside one building trade only.
    #[test]
    fn sales_neighbours_a_site_of_its_own_trade_only() {
        let building = parse(
            "建築施工管理（RC造）\n株式会社みどり建設\n事業内容：建築工事の請負\n\n仕事内容\n・工程と安全の管理\n",
        );
        let civil = parse(
            "土木施工管理\n株式会社あおば土木\n事業内容：土木工事（道路・下水道）\n\n仕事内容\n・工程と安全の管理\n",
        );
        let reform = Document::parse(REFORM_SALES);
        let m = judge(&building, &reform);
        assert_eq!(m.relation, Relation::Adjacent, "{}", m.reason);
        let m = judge(&civil, &reform);
        assert_eq!(m.relation, Relation::New, "{}", m.reason);
        let m = judge(&building, &Document::parse(OFFICE_SALES));
        assert_eq!(m.relation, Relation::New, "{}", m.reason);
    }
}

#[cfg(test)]
mod product_support {
    use super::*;
    use crate::prep::posting::parse;

    const SUPPORT: &str = "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n### 株式会社クラウドノート（2017年4月～現在）\n事業内容：クラウド会計ソフトの開発・販売\n\n- カスタマーサポート部でお客様からの電話・メールの問い合わせに対応\n";

    const DEVELOPER: &str = "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n### 株式会社システムワークス（2015年4月～現在）\n事業内容：受託開発（SIer）\n\n#### 2015年4月～現在　プログラマー\n- 業務システムの詳細設計と実装\n";

    const POSTING: &str = "法人向けSaaSのテクニカルサポート（ヘルプデスク）\n株式会社ソラノート（勤怠管理クラウドの開発・販売）\n\n仕事内容\n・導入企業からの問い合わせ対応\n";

    /// A product's support desk is the support centre's job and the helpdesk's: the customer
    /// support of a cloud service did the job; a developer neighbours its helpdesk side.
    #[test]
    fn a_product_helpdesk_is_support_and_helpdesk_work() {
        let p = parse(POSTING);
        let m = judge(&p, &Document::parse(SUPPORT));
        assert_eq!(m.relation, Relation::Same, "{}", m.reason);
        let m = judge(&p, &Document::parse(DEVELOPER));
        assert_eq!(m.relation, Relation::Adjacent, "{}", m.reason);
        assert!(
            m.reason.contains("社内SE・ヘルプデスクの周辺職種"),
            "{}",
            m.reason
        );
    }
}

#[cfg(test)]
mod temps_books {
    use super::*;
    use crate::prep::posting::parse;

    const TEMP: &str = "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n■株式会社スタッフリンク（派遣元）（2019年5月～2026年9月）\n〈派遣先①〉北辰化工株式会社　経理部 請求書発行（2019年5月～2026年9月）\n・取引先約100社への請求書の発行、入金の消込\n";

    /// A temp's post in an accounting department neighbours a 経理 posting (the closing is not
    /// a temp's work) and is the job of a 経理事務 posting.
    #[test]
    fn a_temps_accounting_post_neighbours_the_books() {
        let doc = Document::parse(TEMP);
        let books = parse("経理（月次・年次決算）主任候補\n\n仕事内容\n・月次決算\n");
        let m = judge(&books, &doc);
        assert_eq!(m.relation, Relation::Adjacent, "{}", m.reason);
        assert!(m.reason.contains("派遣での"), "{}", m.reason);
        let clerk = parse("経理事務\n\n仕事内容\n・請求書の発行\n");
        let m = judge(&clerk, &doc);
        assert_eq!(m.relation, Relation::SameJob, "{}", m.reason);
    }
}

#[cfg(test)]
mod reasons {
    use super::*;
    use crate::prep::posting::parse;

    const CLERK: &str = "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n### 株式会社丸星住設（2013年4月～2019年3月）\n事業内容：住宅設備機器の卸売\n\n- 営業事務として受注の入力と納期の回答\n";

    /// The reasons say which of the seeker's jobs the move rests on, and claim no more about
    /// the trade than the career's 事業内容 say.
    #[test]
    fn reasons_name_the_seekers_job_and_claim_no_more() {
        let doc = Document::parse(CLERK);
        let office = parse(
            "一般事務（営業課）\n株式会社あさひ商事（住宅設備機器の卸売）\n\n仕事内容\n・受注の入力\n",
        );
        let m = judge(&office, &doc);
        assert_eq!(m.relation, Relation::Same, "{}", m.reason);
        assert!(
            m.reason.contains("は営業事務の仕事でもあり"),
            "{}",
            m.reason
        );
        let sales = parse(
            "法人営業（ルート営業）\n株式会社あさひ商事（住宅設備機器の卸売）\n\n仕事内容\n・既存顧客への提案\n",
        );
        let m = judge(&sales, &doc);
        assert_eq!(m.relation, Relation::Adjacent, "{}", m.reason);
        assert!(
            m.reason.contains("での営業事務の経験は営業の周辺職種"),
            "{}",
            m.reason
        );
        let other =
            parse("営業事務\n株式会社北辰フーズ（冷凍食品の製造）\n\n仕事内容\n・受注の入力\n");
        let m = judge(&other, &doc);
        assert_eq!(m.relation, Relation::SameJob, "{}", m.reason);
        assert!(m.reason.contains("職務経歴に見当たらない"), "{}", m.reason);
        assert!(!m.reason.contains("初めて"), "{}", m.reason);
    }
}

#[cfg(test)]
mod joined_titles {
    use super::*;
    use crate::prep::posting::parse;

    const WAREHOUSE: &str = "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n### 株式会社ロジワークス東海（2015年4月～現在）\n事業内容：3PL・倉庫運営\n\n#### 2015年4月～現在　センター長代理\n- 入出荷と庫内作業の管理\n";

    /// 「配車・一般事務」 holds the dispatcher's job as well as the office's: a warehouse
    /// manager neighbours it.
    #[test]
    fn a_title_joining_two_jobs_holds_both() {
        let p = parse(
            "配車・一般事務（物流センター事務所）\n株式会社あさひ運輸\n事業内容：一般貨物自動車運送事業\n\n仕事内容\n・配車表の作成\n",
        );
        let m = judge(&p, &Document::parse(WAREHOUSE));
        assert_eq!(m.relation, Relation::Adjacent, "{}", m.reason);
        assert!(
            m.reason.contains("配車・運行管理の周辺職種"),
            "{}",
            m.reason
        );
    }

    /// Neighbouring jobs an adviser names across trades: a contact centre's operator and a
    /// warehouse's floor staff for an order desk (受発注事務) take the same orders and questions.
    #[test]
    fn a_contact_centre_and_a_warehouse_neighbour_an_order_desk() {
        let p = parse("受発注事務（文具の専門商社）\n\n仕事内容\n・電話・FAXでの受注入力\n");
        let centre = Document::parse(
            "## 職務経歴\n### 株式会社みなとコール（2016年4月～現在）\n事業内容：コールセンターの運営\n職種：コールセンターのオペレーター\n- 通販の注文と問い合わせの受電\n",
        );
        assert_eq!(judge(&p, &centre).relation, Relation::Adjacent);
        let floor = Document::parse(
            "## 職務経歴\n### 株式会社みなと倉庫（2016年4月～現在）\n事業内容：倉庫業\n職種：倉庫スタッフ（入出荷）\n- ピッキングと出荷の検品\n",
        );
        assert_eq!(judge(&p, &floor).relation, Relation::Adjacent);
    }
}
