//! Job posting parser: Japanese postings pasted from a job site or an agent's 求人票, as text or
//! Markdown. Finds the sections (仕事内容, 必須要件 / 応募資格, 歓迎要件, 求める人物像, 給与, 勤務地) in the
//! layouts postings use — `#` headings, 【必須】, ■応募資格, `label：value`, bare short titles — and
//! turns every bullet or sentence of the requirement sections into one item. A posting written
//! as prose (no headings) is read sentence by sentence from the cue words of each kind.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::text::normalize::Normalized;
use crate::text::{number, sentence};

/// What a posting item asks of the seeker (SPEC.md: `required` | `preferred` | `persona` | `duty`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RequirementKind {
    Required,
    Preferred,
    Persona,
    Duty,
}

impl RequirementKind {
    /// The id used in JSON and in the labelled corpus.
    pub fn id(self) -> &'static str {
        match self {
            RequirementKind::Required => "required",
            RequirementKind::Preferred => "preferred",
            RequirementKind::Persona => "persona",
            RequirementKind::Duty => "duty",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            RequirementKind::Required => "必須",
            RequirementKind::Preferred => "歓迎",
            RequirementKind::Persona => "人物像",
            RequirementKind::Duty => "仕事内容",
        }
    }
}

/// A section of a posting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Items(RequirementKind),
    Salary,
    Location,
    Title,
    /// 会社名, 企業名, 事業所名: the employer (its parenthesis often names the business).
    Company,
    /// 事業内容, 業種: the employer's business, for the industry of the move.
    Business,
    /// A working condition other than pay and place (固定残業代, 賞与, 休日 …).
    Condition(ConditionKind),
    /// 求人に関する特記事項, 備考: read sentence by sentence from the cue words.
    Notes,
    /// 会社概要, 選考 …: not used.
    Other,
}

/// The working conditions a posting states besides pay and place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ConditionKind {
    FixedOvertime,
    Bonus,
    Holidays,
    Hours,
    Benefits,
    Employment,
}

/// Section names (substrings of a heading after width folding), checked in this order: 歓迎 before
/// 必須 so that 「歓迎要件（必須ではありません）」 is read as preferred, 仕事内容 before 資格 …
/// Written from the headings of ハローワーク求人票 (仕事内容 / 必要な経験等 / 必要な免許・資格) and of
/// the large job sites and agents' 求人票 (必須要件, 歓迎要件, 求める人物像, 応募資格).
const SECTION_NAMES: &[(Section, &[&str])] = &[
    // Allowances and the fixed overtime pay name a licence or a requirement word
    // (資格手当, 固定残業代): they are pay, read first.
    (
        Section::Condition(ConditionKind::FixedOvertime),
        &["固定残業", "みなし残業"],
    ),
    (Section::Salary, &["手当", "想定年収"]),
    (Section::Notes, &["特記事項", "備考", "補足"]),
    (
        Section::Items(RequirementKind::Preferred),
        &["歓迎", "尚可", "優遇", "あれば", "望ましい"],
    ),
    (
        Section::Items(RequirementKind::Persona),
        &[
            "人物像",
            "こんな方",
            "向いている",
            "求める人物",
            "こんな人",
            "求める方",
            "活躍できる",
        ],
    ),
    (
        Section::Items(RequirementKind::Required),
        &[
            "必須",
            "応募資格",
            "応募条件",
            "応募要件",
            "必要な経験",
            "必要な免許",
            "必要な資格",
            "必要なスキル",
            "必要なPC",
            "PCスキル",
            "求める経験",
            "求めるスキル",
            "求める人材",
            "対象となる方",
            "資格",
            "必要条件",
            "Must",
            "MUST",
            "must",
        ],
    ),
    (
        Section::Items(RequirementKind::Duty),
        &[
            "仕事内容",
            "仕事の内容",
            "業務内容",
            "職務内容",
            "お任せ",
            "担当業務",
            "具体的な業務",
            "具体的な仕事",
            "ミッション",
            "担当していただく",
            "業務の内容",
            "こんな仕事",
            "仕事の流れ",
            "主な業務",
            "具体的には",
            // 「店長の1年」「スーパーバイザーの1日」「1日の流れ」: the job told over a day or a year.
            "の1日",
            "の一日",
            // 「1日の流れ」「早番の日の流れ」
            "日の流れ",
            "の1年",
            "の一年",
            "1年の流れ",
            // 「店長のある一日」「## 店長の1週間」
            "ある一日",
            "ある1日",
            "の1週間",
            "の一週間",
            // 「## 仕事について」「業務について」: a recruit page's heading for the work.
            "仕事について",
            "業務について",
            // 「■どんな仕事？」「## 1件の工事の進め方」: the work, asked or told step by step.
            "どんな仕事",
            "の進め方",
        ],
    ),
    (
        Section::Salary,
        &["給与", "給料", "年収", "月給", "報酬", "賃金", "基本給"],
    ),
    (
        Section::Location,
        &["勤務地", "勤務場所", "就業場所", "勤務先"],
    ),
    (
        Section::Title,
        &[
            "募集職種",
            "職種",
            "ポジション",
            "募集ポジション",
            "求人名",
            "募集名",
        ],
    ),
    // 「会社概要｜勤怠・給与のクラウドサービスの開発と提供」: what the company does.
    (
        Section::Business,
        &["事業内容", "業種", "会社概要", "企業概要", "法人概要"],
    ),
    (
        Section::Company,
        &["会社名", "企業名", "事業所名", "法人名"],
    ),
    (
        Section::Condition(ConditionKind::Bonus),
        &["賞与", "ボーナス"],
    ),
    (
        Section::Condition(ConditionKind::Holidays),
        &["休日", "休暇"],
    ),
    (
        Section::Condition(ConditionKind::Hours),
        &["勤務時間", "就業時間"],
    ),
    (
        Section::Condition(ConditionKind::Benefits),
        &["福利厚生", "待遇", "保険"],
    ),
    (Section::Condition(ConditionKind::Employment), &["雇用形態"]),
    (
        Section::Other,
        &[
            "会社概要",
            "企業",
            "会社",
            "選考",
            "募集背景",
            "試用期間",
            "応募方法",
            "アクセス",
            "その他",
            "魅力",
            "特徴",
            "採用",
            "交通",
            "昇給",
            "求人番号",
            "条件",
        ],
    ),
];

/// Sentence cues for prose postings (and for one-off sentences inside another section), in
/// the order they are tried.
const PROSE_CUES: &[(RequirementKind, &[&str])] = &[
    (
        RequirementKind::Preferred,
        &[
            "歓迎",
            "尚可",
            "優遇",
            "あれば",
            "望ましい",
            // 「…をお持ちの方は、選考で考慮します」: a plus, not a must.
            "選考で考慮",
            "選考の際に考慮",
            "プラス評価",
        ],
    ),
    (
        RequirementKind::Required,
        &[
            "必須",
            "必要です",
            "が必要",
            "求めます",
            "求めています",
            "応募資格",
            "経験がある方",
            "経験のある方",
            "経験をお持ちの方",
            "お持ちの方",
            "以上の経験",
            "できる方",
        ],
    ),
    (
        RequirementKind::Persona,
        &["向いて", "人物", "タイプ", "な方", "性格", "姿勢"],
    ),
    (
        RequirementKind::Duty,
        &[
            "お任せ",
            "していただきます",
            "担当していただ",
            "業務内容",
            "仕事内容",
            "お願いします",
            "をお願い",
        ],
    ),
];

/// Sentences of a prose posting that give the pay.
const SALARY_CUES: &[&str] = &["給与", "月給", "年収", "時給", "日給", "基本給"];

/// Items that state the absence of a requirement (学歴不問, 未経験OK): not requirements.
const NO_REQUIREMENT: &[&str] = &[
    "不問",
    "未経験OK",
    "未経験可",
    "未経験歓迎",
    "未経験者歓迎",
    "未経験者OK",
    "未経験の方も歓迎",
    "ブランクOK",
    "ブランク可",
];

/// One requirement (or duty) of the posting.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PostingItem {
    pub kind: RequirementKind,
    /// The item as the posting writes it (markers removed).
    pub text: String,
    /// 1-based line in the posting file.
    pub line: usize,
    /// The line that introduces the item: the `■` duty of a `└` sub-item, a lead-in such as
    /// 「【必須】以下の業務の経験者」, a numbered list's heading.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<usize>,
    /// That line's text (markers removed), the context the item is read in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
}

/// An amount of yen or a range of amounts (「月給30万円～40万円」).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct YenRange {
    pub low: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub high: Option<i64>,
}

/// 固定残業代 as the posting states it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FixedOvertimeTerms {
    /// Hours a month the fixed amount pays for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<YenRange>,
    /// 「なし」: no fixed overtime pay.
    pub none: bool,
    pub text: String,
}

/// The working conditions of a posting (給与, 賞与, 勤務地, 休日 …): read, never matched as
/// requirements.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Conditions {
    /// 想定年収, in yen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annual_salary: Option<YenRange>,
    /// 月給 / 賃金（月額）/ 基本給, in yen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monthly_salary: Option<YenRange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fixed_overtime: Option<FixedOvertimeTerms>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bonus: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holidays: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annual_holidays: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub benefits: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employment: Option<String>,
}

/// A parsed posting.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Posting {
    /// The position (募集職種, or the first heading).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub items: Vec<PostingItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub salary: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// 会社名 / 企業名 as written (with its parenthesis).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// 事業内容 / 業種.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub business: Option<String>,
    pub conditions: Conditions,
}

impl Posting {
    pub fn of_kind(&self, kind: RequirementKind) -> impl Iterator<Item = &PostingItem> {
        self.items.iter().filter(move |i| i.kind == kind)
    }
}

fn section_of(title: &str) -> Option<Section> {
    // 「こんなお仕事です」「お仕事内容」: the polite お changes nothing.
    let t: String = title
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .replace("お仕事", "仕事");
    // 「【会社】株式会社…（産業用ポンプの製造）」: a job site's company label, said alone (「会社の
    // 魅力」 is no company line).
    if ["会社", "企業", "会社情報", "企業情報", "求人企業"].contains(&t.as_str()) {
        return Some(Section::Company);
    }
    // 「| 経験 | トラックドライバーとしてのルート配送の経験3年以上 |」: a grid's label for the
    // experience asked, said alone.
    // (「| 対象 | 小売・飲食で店長のご経験がある方 |」: who the posting is for.)
    if ["経験", "実務経験", "必要経験", "経験年数", "対象"].contains(&t.as_str()) {
        return Some(Section::Items(RequirementKind::Required));
    }
    SECTION_NAMES
        .iter()
        .find(|(_, names)| names.iter().any(|n| t.contains(n)))
        .map(|(s, _)| *s)
}

/// A sentence that hands work over to the recruit: the duty cues of [`PROSE_CUES`] and the
/// ways a posting closes a duty it adds (「…にも関わっていただきます」「…もお願いする予定です」
/// 「…も大切な仕事です」).
fn hands_over(sentence: &str) -> bool {
    const CLOSINGS: &[&str] = &[
        "いただきます",
        "いただく予定",
        "お願い",
        "担当します",
        "仕事です",
        "役割です",
        "業務です",
    ];
    PROSE_CUES
        .iter()
        .filter(|(k, _)| *k == RequirementKind::Duty)
        .flat_map(|(_, cues)| cues.iter())
        .chain(CLOSINGS)
        .any(|c| sentence.contains(c))
}

/// A marked line that reads as an ask rather than a section's title: long, and phrased (「の」
/// 「を」, a list with 「、」 or 「など」, a note in brackets) — 「■応募資格」「■歓迎する経験・資格」 are
/// titles.
fn reads_as_an_ask(body: &str) -> bool {
    body.chars().count() >= 10
        && ["の", "を", "、", "など", "（"]
            .iter()
            .any(|w| body.contains(w))
}

const HEADING_MARKS: &[char] = &[
    '■', '□', '◆', '◇', '▼', '▽', '▶', '▷', '★', '☆', '●', '○', '◎', '◯', '▪', '♦',
];
const BULLET_MARKS: &[char] = &['・', '•', '-', '*', '+', '◦', '※', '✓', '✔', '‣', '∙', '·'];

/// The rest of a line that starts with a time of day (「8:30　」「13：00 」), None otherwise.
fn clock_prefix(s: &str) -> Option<&str> {
    let digits = |t: &str| t.chars().take_while(char::is_ascii_digit).count();
    let h = digits(s);
    if !(1..=2).contains(&h) {
        return None;
    }
    let rest = s[h..].strip_prefix([':', '：'])?;
    if digits(rest) != 2 {
        return None;
    }
    let rest = rest[2..].trim_start_matches(['〜', '～', '-', ' ', '　']);
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ':' || c == '：');
    let rest = rest.trim_start_matches([' ', '　']);
    (!rest.is_empty() && rest.len() < s.len()).then_some(rest)
}

/// Splits `【title】rest` (and the other bracket pairs).
fn bracket_title(s: &str) -> Option<(&str, &str)> {
    for (open, close) in [
        ("【", "】"),
        ("[", "]"),
        ("<", ">"),
        ("〈", "〉"),
        ("《", "》"),
        ("〔", "〕"),
        ("≪", "≫"),
        ("(", ")"),
    ] {
        if let Some(rest) = s.strip_prefix(open)
            && let Some(end) = rest.find(close)
        {
            return Some((rest[..end].trim(), rest[end + close.len()..].trim()));
        }
    }
    None
}

/// Removes list markers: bullets, ①, `1.`, `(1)`, `a)`.
fn strip_bullet(s: &str) -> &str {
    let s = s.trim();
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if BULLET_MARKS.contains(&c) || ('①'..='⑳').contains(&c) => {
            return chars.as_str().trim();
        }
        _ => {}
    }
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &s[digits..];
        if let Some(r) = rest.strip_prefix(['.', ')', '、']) {
            return r.trim();
        }
    }
    if let Some(r) = s.strip_prefix('(')
        && let Some(end) = r.find(')')
        && r[..end].chars().all(|c| c.is_ascii_digit())
        && end > 0
    {
        return r[end + 1..].trim();
    }
    s
}

/// How a line reads: a heading (section, rest of the line) or content.
enum LineRead<'a> {
    Heading(Section, &'a str),
    /// A heading that names no section we know: `#` headings and 【…】 start an ignored part.
    UnknownHeading(&'a str),
    Content(&'a str),
}

fn read_line(line: &str) -> LineRead<'_> {
    let t = line.trim();
    // Markdown headings.
    let hashes = t.chars().take_while(|&c| c == '#').count();
    if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') {
        let whole = t[hashes..].trim();
        // 「## 【必須】Excel」: the bracket names the section only when it is a known one.
        let (title, rest) = match bracket_title(whole) {
            Some((b, rest)) if section_of(b).is_some_and(|s| s != Section::Other) => (b, rest),
            Some((b, "")) => (b, ""),
            _ => (whole, ""),
        };
        let title = title.trim_end_matches([':', '：']);
        return match section_of(title) {
            // A level-1 heading is the posting's title unless it names a part we read
            // (# 法人営業（中小企業向け） contains 企業 but is no 会社概要).
            Some(Section::Other) | None => LineRead::UnknownHeading(title),
            Some(s) => LineRead::Heading(s, rest),
        };
    }
    // Bold Markdown titles: **必須要件**.
    let t = t
        .strip_prefix("**")
        .and_then(|s| s.split_once("**"))
        .map_or(t, |(a, b)| if b.trim().is_empty() { a } else { t });
    // ■応募資格, ◆歓迎スキル: marks that start a heading when the title names a section.
    let (marked, body) = match t.strip_prefix(HEADING_MARKS) {
        Some(rest) => (true, rest.trim()),
        None => (false, t),
    };
    if let Some((title, rest)) = bracket_title(body) {
        let title = title.trim_end_matches([':', '：']);
        if let Some(s) = section_of(title)
            && title.chars().count() <= 20
        {
            return LineRead::Heading(s, rest.trim_start_matches([':', '：', ' ']));
        }
        // 【会社概要】: a part we do not read. A bracket title mid-section that is no known
        // heading but has text after it (【Excel】VLOOKUPが使える方) is content.
        if rest.is_empty() && !body.starts_with('(') {
            return LineRead::UnknownHeading(title);
        }
        return LineRead::Content(body);
    }
    if let Some((label, rest)) = body.split_once([':', '：']) {
        let label = label.trim();
        if label.chars().count() <= 12
            && let Some(s) = section_of(label)
        {
            return LineRead::Heading(s, rest.trim());
        }
    }
    let n = body.chars().count();
    if marked
        && n <= 20
        && !body.contains('。')
        && let Some(s) = section_of(body)
        // 「◆入退社に伴う社会保険の手続き、年末調整」: a list of tasks is no section's title.
        && (matches!(s, Section::Items(_)) || (!names_a_task(body) && !body.contains('、')))
    {
        return LineRead::Heading(s, "");
    }
    // (「■フォークリフト運転技能講習修了者」 names a licence: an ask, not a part.)
    if marked
        && n <= 20
        && !body.contains('。')
        && !body.contains('、')
        && is_heading_like(body)
        && super::licences::licences(body).is_empty()
    {
        return LineRead::UnknownHeading(body);
    }
    // A bare short title on its own line: 応募資格 / 歓迎スキル (not a └ sub-item such as
    // 「└アルバイトの採用の面接」).
    if !marked
        && !body.starts_with('└')
        && n <= 12
        && !body.contains(' ')
        // 「総務の経験があれば尚可」 is an item that names its kind, not a title.
        && !body.contains("の経験")
        && !body.contains("があれば")
        && !body.ends_with('方')
        // 「1日の流れ」 names the duties by a day, its digit notwithstanding.
        && (!body.contains(|c: char| c.is_ascii_digit()) || body.ends_with("1日の流れ"))
        && !body.contains('。')
        && !body.contains('、')
        && strip_bullet(body) == body
        // (「介護支援専門員（必須）」: a section word inside the parenthesis marks an item.)
        && let Some(s) = section_of(&super::career::outside_parens(body.trim_end_matches([':', '：'])))
    {
        return LineRead::Heading(s, "");
    }
    LineRead::Content(if marked { body } else { t })
}

/// A marked line that ends in a task noun names a duty even when a section word is inside it:
/// 「◆入退社と社会保険の手続き」 (保険 is no 加入保険), 「■給与計算業務」 (給与 is no salary).
fn names_a_task(s: &str) -> bool {
    const TASK_ENDS: &[&str] = &[
        "調整",
        "届出",
        "手配",
        "手続き",
        "手続",
        "業務",
        "計算",
        "対応",
        "管理",
        "作成",
        "運営",
        "実施",
        "支援",
        "担当",
        "改定",
        "運用",
    ];
    TASK_ENDS.iter().any(|w| s.ends_with(w))
}

/// A marked line with no section name: a heading only when it reads as a title (no verb
/// ending, no 方/こと that end a requirement).
fn is_heading_like(s: &str) -> bool {
    !(s.ends_with('方')
        || s.ends_with("こと")
        || s.ends_with("経験")
        || s.ends_with("以上")
        || s.contains("できる")
        || s.contains("ある"))
}

fn is_no_requirement(s: &str) -> bool {
    // A parenthesis qualifies the item (「経理事務の経験3年以上（業種不問）」): not the item itself.
    // So does a note after a space or a ※ (「経理実務3年以上　※業種不問」): the item is the head.
    let mut t = String::new();
    let mut depth = 0;
    for c in s.trim().chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = (depth - 1).max(0),
            c if depth == 0 && (c.is_whitespace() || c == '※') && !t.is_empty() => break,
            c if depth == 0 && !c.is_whitespace() => t.push(c),
            _ => {}
        }
    }
    t.chars().count() <= 24 && NO_REQUIREMENT.iter().any(|m| t.contains(m))
}

fn prose_kind(sentence: &str) -> Option<RequirementKind> {
    PROSE_CUES
        .iter()
        .find(|(_, cues)| cues.iter().any(|c| sentence.contains(c)))
        .map(|(k, _)| *k)
}

/// Inside an item section, a sentence that says 歓迎/尚可 is preferred, whatever the section.
fn item_kind(section: RequirementKind, text: &str) -> RequirementKind {
    if section == RequirementKind::Required
        && PROSE_CUES[0].1.iter().any(|c| text.contains(c))
        && !text.contains("必須")
    {
        RequirementKind::Preferred
    } else {
        section
    }
}

/// Words that make a line introduce the list under it (「【必須】以下の業務の経験者」,
/// 「下記いずれかに該当する方」, 「次のいずれかに該当する方」).
const LEAD_IN_WORDS: &[&str] = &[
    "以下の",
    "以下のいずれ",
    "下記",
    "次のいずれ",
    "次の業務",
    "次のような",
    "次のステップ",
    "次のとおり",
    "次の通り",
    "次の順",
    "いずれかに該当",
];

fn is_lead_in(s: &str) -> bool {
    // The last sentence introduces the list (「…をお任せします。店長の仕事は次のとおりです。」).
    let last = s.trim_end_matches('。').rsplit('。').next().unwrap_or(s);
    LEAD_IN_WORDS.iter().any(|w| last.contains(w)) && last.chars().count() <= 40
}

/// A sentence that announces a list of the job's work (「次のステップで伴走していただきます」「店長の
/// 仕事は次のとおりです」「入社後は次の順番で担当を広げていただきます」).
fn announces_work(s: &str) -> bool {
    // 「…を次の順に進めていただきます」, or a sentence that hands the job over
    // (「工事主任として、…引き渡しまで担当していただきます」) right above the list.
    hands_over(s)
        || (["次の", "以下の", "下記"].iter().any(|w| s.contains(w))
            && ["いただきます", "お任せ", "担当", "仕事", "業務", "伴走"]
                .iter()
                .any(|w| s.contains(w)))
}

/// A Hello Work / Excel field written `label　value` or `label｜value`: the label when it names a
/// section.
fn field_label(t: &str) -> Option<(Section, &str)> {
    let (label, rest) = t.split_once(' ')?;
    let label = label.trim();
    // 「社会保険労務士　あれば尚可」: an item with its Hello Work mark, not a field (保険 of the
    // licence's name is no 加入保険).
    if ["必須", "あれば尚可", "尚可", "歓迎", "あれば歓迎"].contains(&rest.trim())
        && !matches!(section_of(label), Some(Section::Items(_)))
    {
        return None;
    }
    // 「職種：総務課 係長候補」「事業所名：医療法人社団 青葉会」: a `label：value` whose value holds
    // a space, read whole by its colon.
    if label.contains([':', '：']) {
        return None;
    }
    // (「└協力会社（電気工事士 3～8名）への作業の指示」: a space inside a bracket, or after a
    // └, splits no label from its value.)
    if label.is_empty()
        || label.chars().count() > 12
        || label.starts_with(BULLET_MARKS)
        || label.starts_with(HEADING_MARKS)
        || label.starts_with(['【', '<', '〈', '(', '#', '|', '└'])
        || label.matches(['(', '（']).count() > label.matches([')', '）']).count()
    {
        return None;
    }
    let s = section_of(label)?;
    Some((s, rest.trim()))
}

/// A `必須` / `あれば尚可` written after a Hello Work item (「普通自動車運転免許　必須」).
fn trailing_kind(s: &str) -> Option<RequirementKind> {
    let t = s.trim_end();
    if t.ends_with("必須") {
        Some(RequirementKind::Required)
    } else if t.ends_with("尚可") || t.ends_with("歓迎") || t.ends_with("優遇") {
        Some(RequirementKind::Preferred)
    } else {
        None
    }
}

/// A line's cells after the table syntax: (label cell, value). `| 必須条件 | 1級… |`,
/// `| | RC造… |`, `必要な経験｜経理事務…`, `｜②売掛金…`.
fn grid_cells(t: &str, in_grid: bool) -> Option<(&str, &str)> {
    if t.starts_with('|') && t.ends_with('|') && t.len() > 1 {
        let inner = &t[1..t.len() - 1];
        let (a, b) = inner.split_once('|').unwrap_or(("", inner));
        return Some((a.trim(), b.trim().trim_end_matches('|').trim()));
    }
    if let Some(rest) = t.strip_prefix('|') {
        return Some(("", rest.trim()));
    }
    if let Some((a, b)) = t.split_once('|') {
        let a = a.trim();
        if in_grid || (a.chars().count() <= 12 && section_of(a).is_some()) {
            return Some((a, b.trim()));
        }
    }
    None
}

/// A note line (`＊…`, `※…`; a Markdown `* ` bullet is no note).
fn is_note(t: &str) -> bool {
    t.starts_with('※') || (t.starts_with('*') && !t.starts_with("* ") && !t.starts_with("**"))
}

struct Pending {
    kind: RequirementKind,
    text_range: (usize, usize),
    line: usize,
    parent: Option<usize>,
    /// A sentence of prose in a duty section: dropped when a list follows in that section.
    prose_duty: bool,
    block: usize,
}

/// Parses a posting. Never fails: a text with no recognisable part gives no items.
pub fn parse(source: &str) -> Posting {
    let norm = Normalized::new(source);
    let mut posting = Posting {
        title: None,
        items: Vec::new(),
        salary: None,
        location: None,
        company: None,
        business: None,
        conditions: Conditions::default(),
    };
    let base = norm.text.as_ptr() as usize;
    // Item texts are shown in the user's own characters (full-width stays full-width).
    let from = |sub: &str| -> String {
        let start = sub.as_ptr() as usize - base;
        source[norm.source_range(start..start + sub.len())]
            .trim()
            .to_string()
    };
    let mut section: Option<Section> = None;
    // Each heading starts a block; a prose duty is dropped when its block has a list.
    let mut block = 0usize;
    let mut block_title = String::new();
    let mut block_has_list: Vec<bool> = vec![false];
    // The first line of each block's list: a sentence after it adds a duty (「毎日の仕事として、
    // レジ・品出しもお願いします。」); one before it introduces the list.
    let mut block_list_start: Vec<Option<usize>> = vec![None];
    let mut first_heading: Option<String> = None;
    // 「量販店担当の営業（ルートセールス）を募集します」 under a company's heading: the job.
    let mut recruiting: Option<String> = None;
    let mut salary: Vec<String> = Vec::new();
    let mut location: Vec<String> = Vec::new();
    let mut conditions: Vec<(Section, String)> = Vec::new();
    // The label of the current part (「想定年収」「賞与」), for reading the conditions.
    let mut cur_label = String::new();
    let mut salary_labelled: Vec<String> = Vec::new();
    let mut in_grid = false;
    // The part under a heading we do not know (「## 仕事の進め方」「## 入社後のステップ」): its
    // lines are read when it turns out to list the work.
    let mut unknown_part = false;
    // The open lead-in (line, kind its items take) and the open ■ duty heading.
    let mut lead: Option<(usize, Option<RequirementKind>)> = None;
    let mut duty_head: Option<usize> = None;
    let mut texts: std::collections::BTreeMap<usize, String> = std::collections::BTreeMap::new();
    let mut pending: Vec<Pending> = Vec::new();
    let lines: Vec<&str> = norm.text.split('\n').collect();
    for (i, raw) in lines.iter().enumerate() {
        let number = i + 1;
        let t = raw.trim();
        if t.is_empty() {
            continue;
        }
        if t.chars()
            .all(|c| matches!(c, '-' | '=' | '*' | '_' | '─' | '━' | '|' | ':' | ' '))
        {
            continue;
        }
        let mut new_block = |title: &str, block: &mut usize, block_title: &mut String| {
            *block += 1;
            block_has_list.push(false);
            block_list_start.push(None);
            *block_title = title.to_string();
        };
        // Table cells and `label　value` fields.
        let content: &str;
        if let Some((label, value)) = grid_cells(t, in_grid) {
            in_grid = true;
            if label == "項目" {
                continue;
            }
            if label.is_empty() {
                content = value;
            } else {
                lead = None;
                duty_head = None;
                match section_of(label.trim_end_matches([':', '：'])) {
                    Some(s) => {
                        cur_label = label.to_string();
                        section = Some(s);
                        new_block(label, &mut block, &mut block_title);
                        content = value;
                    }
                    None => {
                        section = Some(Section::Other);
                        continue;
                    }
                }
            }
            if content.is_empty() {
                continue;
            }
            // 「応募資格｜【必須】」「｜【歓迎】」: a cell with a marker alone heads the cells below it.
            if let Some((l, rest)) = bracket_title(content.trim())
                && rest.trim().is_empty()
                && let Some(s @ Section::Items(_)) = section_of(l)
            {
                section = Some(s);
                lead = None;
                duty_head = None;
                continue;
            }
        } else if let Some((s, rest)) = field_label(t) {
            lead = None;
            duty_head = None;
            section = Some(s);
            cur_label = t[..t.len() - rest.len()].to_string();
            new_block(t, &mut block, &mut block_title);
            if rest.is_empty()
                || matches!(rest, "必須" | "不問" | "なし" | "あり")
                    && !matches!(s, Section::Condition(_))
            {
                continue;
            }
            content = rest;
        } else {
            match read_line(raw) {
                // 「◎運行管理者（貨物）の資格をお持ちの方」「■CCNA、基本情報技術者などのIT系資格」: a
                // marked line of a list of asks that holds a section's word (資格) is an ask,
                // not a heading, when it reads as one.
                LineRead::Heading(_, _)
                    if matches!(
                        section,
                        Some(Section::Items(
                            RequirementKind::Required | RequirementKind::Preferred
                        ))
                    ) && t.starts_with(HEADING_MARKS)
                        && reads_as_an_ask(t.trim_start_matches(HEADING_MARKS).trim()) =>
                {
                    content = t;
                }
                LineRead::Heading(s, rest) => {
                    // 「■その他」 inside the duties is a sub-heading of duties.
                    let in_duty = section == Some(Section::Items(RequirementKind::Duty));
                    let body = t.trim_start_matches(HEADING_MARKS).trim();
                    // 「■給与・勤怠」 followed by └ sub-items is a group of duties (給与計算, 勤怠
                    // 集計), not the pay part: a pay or conditions part gives values, not └ lists.
                    // A catch-all title (■その他) names no duty: it stays a sub-heading.
                    let group_of_subs = !matches!(s, Section::Items(_))
                        && !["その他", "そのほか"].iter().any(|w| body.contains(w))
                        && lines[i + 1..]
                            .iter()
                            .map(|l| l.trim())
                            .find(|l| !l.is_empty())
                            .is_some_and(|l| l.starts_with('└'));
                    if in_duty && s == Section::Other && !group_of_subs && body.chars().count() <= 6
                    {
                        duty_head = Some(number);
                        texts.insert(number, body.to_string());
                        continue;
                    }
                    // 「■人材育成・採用」 inside the duties is a duty that happens to contain a
                    // section word (採用); only a known part (会社概要, 選考 …) ends the duties.
                    if in_duty
                        && (s == Section::Other || group_of_subs)
                        && t.starts_with(HEADING_MARKS)
                        && !ends_the_duties(body)
                    {
                        duty_head = Some(number);
                        texts.insert(number, body.to_string());
                        pending.push(Pending {
                            kind: RequirementKind::Duty,
                            text_range: range_of(base, body),
                            line: number,
                            parent: None,
                            prose_duty: false,
                            block,
                        });
                        block_has_list[block] = true;
                        block_list_start[block].get_or_insert(number);
                        continue;
                    }
                    lead = None;
                    duty_head = None;
                    // ＜具体的には＞ inside the duties continues them: one block. A day's or a
                    // year's schedule (＜1日の流れ＞) is a part of its own: the sentences above it
                    // told the work, they did not introduce the schedule.
                    let schedule = [
                        "日の流れ",
                        "の1日",
                        "の一日",
                        "ある1日",
                        "ある一日",
                        "の1年",
                        "の一年",
                        "の1週間",
                        "の一週間",
                    ]
                    .iter()
                    .any(|w| t.contains(w));
                    let sub_duty = section == Some(Section::Items(RequirementKind::Duty))
                        && s == Section::Items(RequirementKind::Duty)
                        && !schedule;
                    section = Some(s);
                    cur_label = t[..t.len() - rest.len()].to_string();
                    if !sub_duty {
                        new_block(t, &mut block, &mut block_title);
                    }
                    if rest.is_empty() || rest == "必須" {
                        continue;
                    }
                    content = rest;
                }
                LineRead::UnknownHeading(title) => {
                    // A ■ line inside the duties names a duty (■既存顧客へのルート営業).
                    if section == Some(Section::Items(RequirementKind::Duty))
                        && t.starts_with(HEADING_MARKS)
                    {
                        content = t;
                    } else {
                        if first_heading.is_none() {
                            first_heading = Some(from(title));
                        }
                        lead = None;
                        duty_head = None;
                        section = Some(Section::Other);
                        unknown_part = true;
                        new_block(t, &mut block, &mut block_title);
                        continue;
                    }
                }
                // 「◆欠品時の代替品の確認と、仕入先への発注」: a marked line that reads as no title
                // is still an item of the list, marker and all.
                LineRead::Content(c) => {
                    content = if matches!(section, Some(Section::Items(_)))
                        && t.starts_with(HEADING_MARKS)
                    {
                        t
                    } else {
                        c
                    }
                }
            }
        }
        // 「担当する企業の採用が決まるまで、次のステップで伴走していただきます。」 over a numbered
        // list, under a heading of the company's own words: the duties.
        if unknown_part
            && section == Some(Section::Other)
            && announces_work(content)
            && lines[i + 1..]
                .iter()
                .map(|l| l.trim())
                .find(|l| !l.is_empty())
                .is_some_and(|l| strip_bullet(l) != l || l.starts_with(['①', '1', '１', '・']))
        {
            section = Some(Section::Items(RequirementKind::Duty));
        }
        if section != Some(Section::Other) {
            unknown_part = false;
        }
        match section {
            Some(Section::Items(kind)) => {
                let marked_head = content.starts_with(HEADING_MARKS);
                let sub = content.starts_with('└');
                // 「8:30　FAX・Web受注の確認と入力」: a row of the day's schedule is an item.
                let (content, timed) = match clock_prefix(content) {
                    Some(rest) if kind == RequirementKind::Duty => (rest, true),
                    _ => (content, false),
                };
                let bulleted = marked_head || sub || timed || strip_bullet(content) != content;
                // (A ※/＊ note under running sentences — 「※3交替です」 — is no list of the work.)
                if bulleted && !is_note(content) {
                    block_has_list[block] = true;
                    block_list_start[block].get_or_insert(number);
                }
                if is_note(content) {
                    let body = strip_bullet(content);
                    // A note that welcomes is a plus; one that asks (「※あわせて、日商簿記2級以上を
                    // お持ちの方」) is a must.
                    let kind = if PROSE_CUES[0].1.iter().any(|c| body.contains(c)) {
                        Some(RequirementKind::Preferred)
                    } else if ["お持ちの方", "必須", "が必要です"]
                        .iter()
                        .any(|c| body.contains(c))
                    {
                        Some(RequirementKind::Required)
                    } else {
                        None
                    };
                    if let Some(kind) = kind
                        && !is_no_requirement(body)
                    {
                        pending.push(Pending {
                            kind,
                            text_range: range_of(base, body.trim_end_matches('。')),
                            line: number,
                            parent: None,
                            prose_duty: false,
                            block,
                        });
                    }
                    continue;
                }
                let body = strip_bullet(
                    content
                        .trim_start_matches(HEADING_MARKS)
                        .trim_start_matches('└')
                        .trim(),
                );
                // Inline 【必須】/【歓迎】.
                let (body, inline) = match bracket_title(body) {
                    Some((label, rest)) if !rest.is_empty() => match section_of(label) {
                        Some(Section::Items(k)) => (rest, Some(k)),
                        _ => (body, None),
                    },
                    _ => (body, None),
                };
                if is_lead_in(body) {
                    lead = Some((number, inline.or(Some(kind))));
                    texts.insert(number, body.to_string());
                    block_has_list[block] = true;
                    block_list_start[block].get_or_insert(number);
                    continue;
                }
                // A lead-in's list is its bullets; a line of its own ends it.
                if !(bulleted || continuation_bullet(content)) || inline.is_some() {
                    lead = None;
                }
                if !sub && !marked_head && !bulleted {
                    duty_head = None;
                }
                let parent = if sub {
                    duty_head.or(lead.map(|l| l.0))
                } else {
                    lead.map(|l| l.0)
                };
                let kind = inline.or_else(|| lead.and_then(|l| l.1)).unwrap_or(kind);
                let kind = match trailing_kind(body) {
                    Some(k) if inline.is_none() && kind != RequirementKind::Duty => k,
                    _ => item_kind(kind, body),
                };
                if marked_head {
                    duty_head = Some(number);
                    texts.insert(number, body.to_string());
                }
                let mission = block_title.contains("ミッション");
                let prose_duty = kind == RequirementKind::Duty && !bulleted && !mission;
                let sentences: Vec<&str> = if body.contains('。') && !bulleted {
                    sentence::split(body)
                        .into_iter()
                        .map(|r| body[r].trim())
                        .filter(|s| !s.is_empty())
                        .collect()
                } else {
                    vec![body]
                };
                for s in sentences {
                    let s = s.trim_end_matches('。').trim();
                    let s = strip_trailing_marker(s);
                    if s.chars().count() < 2 || is_no_requirement(s) || s.ends_with([':', '：']) {
                        continue;
                    }
                    pending.push(Pending {
                        kind,
                        text_range: range_of(base, s),
                        line: number,
                        parent,
                        prose_duty,
                        block,
                    });
                }
            }
            Some(Section::Notes) => {
                for r in sentence::split(content) {
                    let s = strip_bullet(content[r].trim())
                        .trim_end_matches('。')
                        .trim();
                    if s.is_empty() || is_no_requirement(s) {
                        continue;
                    }
                    if let Some(k) = prose_kind(s).filter(|k| *k != RequirementKind::Duty) {
                        pending.push(Pending {
                            kind: k,
                            text_range: range_of(base, s),
                            line: number,
                            parent: None,
                            prose_duty: false,
                            block,
                        });
                        break;
                    }
                }
            }
            Some(Section::Salary) => {
                salary.push(from(strip_bullet(content)));
                salary_labelled.push(format!("{cur_label} {}", strip_bullet(content)));
            }
            Some(Section::Location) => location.push(from(strip_bullet(content))),
            Some(s @ Section::Condition(_)) => conditions.push((s, from(strip_bullet(content)))),
            Some(Section::Title) => {
                if posting.title.is_none() {
                    posting.title = Some(from(strip_bullet(content)));
                }
            }
            Some(Section::Company) => {
                if posting.company.is_none() {
                    posting.company = Some(from(strip_bullet(content)));
                }
            }
            Some(Section::Business) => {
                if posting.business.is_none() {
                    posting.business = Some(from(strip_bullet(content)));
                }
            }
            // Under the posting's first heading, before anything is read: the job it recruits
            // and the company's one-sentence profile.
            Some(Section::Other) if pending.is_empty() && block <= 1 => {
                if recruiting.is_none()
                    && let Some(job) = recruited_job(content)
                {
                    recruiting = Some(from(job));
                } else if posting.business.is_none()
                    && sentence::split(content).len() == 1
                    && describes_the_company(content)
                {
                    posting.business = Some(from(company_head(content)));
                }
            }
            Some(Section::Other) => {}
            None => {
                // Before any heading: the title line, the company, or prose read by its cues.
                if first_heading.is_none() && pending.is_empty() && !t.contains('。') {
                    first_heading = Some(from(strip_bullet(content)));
                    continue;
                }
                if posting.company.is_none()
                    && COMPANY_MARKS.iter().any(|m| content.contains(m))
                    && !content.contains('。')
                {
                    posting.company = Some(from(strip_bullet(content)));
                    continue;
                }
                if recruiting.is_none()
                    && let Some(job) = recruited_job(content)
                {
                    recruiting = Some(from(job));
                    continue;
                }
                // 「…全国のスーパー約1,800店で扱っていただいている食品メーカーです。」「ホテルを18施設
                // 運営しています。」: the company told in one sentence before any heading.
                if posting.business.is_none()
                    && section.is_none()
                    && sentence::split(content).len() == 1
                    && describes_the_company(content)
                {
                    posting.business = Some(from(company_head(content)));
                    continue;
                }
                // A company profile line under the title (「業務用食品の卸売（…）／従業員数 310名」):
                // what the company does, with no 事業内容 label.
                if posting.business.is_none()
                    && !content.contains('。')
                    && ["従業員数", "従業員 ", "社員数"]
                        .iter()
                        .any(|m| content.contains(m))
                {
                    posting.business = Some(from(strip_bullet(content)));
                    continue;
                }
                for r in sentence::split(content) {
                    let s = content[r].trim();
                    if SALARY_CUES.iter().any(|c| s.contains(c))
                        && s.contains(|c: char| c.is_ascii_digit())
                    {
                        salary.push(from(s.trim_end_matches('。')));
                        salary_labelled.push(s.to_string());
                    } else if s.contains("勤務地") || s.contains("勤務場所") {
                        location.push(from(s.trim_end_matches('。')));
                    } else {
                        let s = s.trim_end_matches('。').trim();
                        if s.chars().count() < 2 || is_no_requirement(s) {
                            continue;
                        }
                        if let Some(k) = prose_kind(s) {
                            pending.push(Pending {
                                kind: k,
                                text_range: range_of(base, s),
                                line: number,
                                parent: None,
                                prose_duty: false,
                                block,
                            });
                        }
                    }
                }
            }
        }
    }
    for p in pending {
        let sub = &norm.text[p.text_range.0..p.text_range.1];
        // After the list, a sentence adds a duty only when it hands work over (「…もお願いします」
        // 「…も大切な仕事です」); 「店長がパンを焼くことはありません」 tells, it asks nothing.
        if p.prose_duty
            && block_has_list[p.block]
            && block_list_start[p.block].is_none_or(|start| p.line < start || !hands_over(sub))
        {
            continue;
        }
        posting.items.push(PostingItem {
            kind: p.kind,
            text: from(sub),
            line: p.line,
            parent: p.parent,
            context: p.parent.and_then(|l| texts.get(&l).cloned()),
        });
    }
    // A first heading that names the company and no job (「株式会社みなみ野フーズ　キャリア採用」):
    // the company, and the job is the one the posting says it recruits.
    if posting.title.is_none()
        && let Some(job) = recruiting
        && first_heading
            .as_deref()
            .is_none_or(|h| super::career::title_family(h).is_none())
    {
        if posting.company.is_none()
            && let Some(h) = first_heading
                .as_deref()
                .filter(|h| COMPANY_MARKS.iter().any(|m| h.contains(m)))
        {
            let mut name = h.trim_start_matches(['#', ' ']).trim();
            for w in ["キャリア採用", "中途採用", "採用情報", "採用サイト", "求人"]
            {
                name = name.trim_end_matches(w).trim_end();
            }
            posting.company = Some(name.to_string());
        }
        posting.title = Some(job);
    }
    if posting.title.is_none() {
        posting.title = first_heading.map(|t| {
            t.trim_start_matches(['#', ' '])
                .trim()
                .trim_start_matches("【求人票】")
                .trim_start_matches("求人票")
                .trim_start_matches([':', '：', ' '])
                .to_string()
        });
        if posting.title.as_deref() == Some("") {
            posting.title = None;
        }
    }
    // A title such as 「…｜想定年収500万円以上」 states the pay too.
    if let Some(t) = &posting.title
        && t.contains("年収")
    {
        salary_labelled.push(Normalized::new(t).text);
    }
    posting.conditions = read_conditions(&salary_labelled, &location, &conditions);
    if !salary.is_empty() {
        posting.salary = Some(salary.join(" / "));
    }
    if !location.is_empty() {
        posting.location = Some(location.join(" / "));
    }
    posting
}

/// The job a line says the company recruits: 「量販店担当の営業（ルートセールス）を募集します」 →
/// 「量販店担当の営業（ルートセールス）」.
fn recruited_job(line: &str) -> Option<&str> {
    let t = line.trim().trim_end_matches('。');
    let job = [
        "を募集します",
        "を募集しています",
        "を募集中です",
        "を募集中",
        "の募集",
    ]
    .iter()
    .find_map(|w| t.strip_suffix(w))?
    .trim();
    (!job.is_empty() && job.chars().count() <= 40 && !job.contains('。')).then_some(job)
}

/// A sentence that tells what the company is or runs (「…食品メーカーです。」「…ホテルを18施設
/// 運営しています。」).
fn describes_the_company(line: &str) -> bool {
    let t = line.trim().trim_end_matches('。');
    [
        "メーカーです",
        "会社です",
        "企業です",
        "商社です",
        "法人です",
        "を運営しています",
        "を展開しています",
    ]
    .iter()
    .any(|w| t.ends_with(w))
}

/// What a one-sentence profile says the company is: 「…全国のスーパー約1,800店で扱っていただいて
/// いる食品メーカーです」 → 「食品メーカーです」 (the shops are where its goods are sold).
fn company_head(line: &str) -> &str {
    let t = line.trim().trim_end_matches('。');
    if !t.ends_with("です") {
        return t;
    }
    let cut = ["いる", "ている", "、"]
        .iter()
        .filter_map(|w| t.rfind(w).map(|i| i + w.len()))
        .max()
        .unwrap_or(0);
    t[cut..].trim()
}

/// A table continuation cell that is a bullet (`| | ・個人向け営業… |`).
fn continuation_bullet(content: &str) -> bool {
    strip_bullet(content) != content
}

/// Whether a ■ title inside the duties names a part that ends them (■会社概要, ■選考プロセス,
/// ■勤務条件): the section word as the title's head or tail. A duty that only contains one
/// (■中堅企業への新規の提案, ■中小企業向けの営業) goes on.
fn ends_the_duties(body: &str) -> bool {
    DUTY_ENDERS
        .iter()
        .any(|w| body.starts_with(w) || body.ends_with(w))
}

/// Section words that end the duties even when written as a ■ line inside them.
const DUTY_ENDERS: &[&str] = &[
    "会社概要",
    "企業",
    "会社",
    "選考",
    "応募方法",
    "募集背景",
    "条件",
    "試用期間",
];

/// Words that mark a company name on a line of its own.
const COMPANY_MARKS: &[&str] = &["株式会社", "有限会社", "合同会社", "(株)", "法人"];

/// 「普通自動車運転免許　必須」 → 「普通自動車運転免許」.
fn strip_trailing_marker(s: &str) -> &str {
    for m in [" 必須", " あれば尚可", " 尚可"] {
        if let Some(h) = s.strip_suffix(m) {
            return h.trim();
        }
    }
    s
}

fn range_of(base: usize, s: &str) -> (usize, usize) {
    let start = s.as_ptr() as usize - base;
    (start, start + s.len())
}

static YEN_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([0-9][0-9,]*(?:\.[0-9]+)?万?(?:[0-9,]+)?円?)\s*(?:[~〜～-]\s*([0-9][0-9,]*(?:\.[0-9]+)?万?(?:[0-9,]+)?円?))?")
        .expect("valid regex")
});
static HOURS_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([0-9]+)\s*時間").expect("valid regex"));
static HOLIDAYS_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"年間休日\s*([0-9]+)\s*日").expect("valid regex"));

/// The first amount or range of amounts in a text, in yen; a bare upper bound takes the unit of
/// the lower one (「30万円～40万円」, 「450～600万円」).
fn yen_range(text: &str) -> Option<YenRange> {
    for c in YEN_RE.captures_iter(text) {
        let a = c.get(1)?.as_str();
        let b = c.get(2).map(|m| m.as_str());
        let unit_of = |s: &str| -> &str { if s.contains('万') { "万円" } else { "円" } };
        if !(a.contains('万')
            || a.contains('円')
            || b.is_some_and(|b| b.contains('万') || b.contains('円')))
        {
            continue;
        }
        let with_unit = |s: &str, other: Option<&str>| -> String {
            if s.contains('万') || s.contains('円') {
                s.to_string()
            } else {
                format!("{s}{}", other.map_or("円", unit_of))
            }
        };
        let low = number::parse_yen(&with_unit(a, b)).ok()?;
        let high = b.and_then(|b| number::parse_yen(&with_unit(b, Some(a))).ok());
        return Some(YenRange { low, high });
    }
    None
}

fn read_conditions(
    salary: &[String],
    location: &[String],
    conditions: &[(Section, String)],
) -> Conditions {
    let mut c = Conditions::default();
    let norm = |s: &str| Normalized::new(s).text;
    let mut overtime_texts: Vec<String> = Vec::new();
    for s in salary {
        let n = norm(s);
        if n.contains("年収") {
            if c.annual_salary.is_none() {
                c.annual_salary = yen_range(&n);
            }
        } else if (n.contains("月給")
            || n.contains("月額")
            || n.contains("基本給")
            || n.contains("万円")
            || n.contains("円"))
            && c.monthly_salary.is_none()
            && !n.starts_with("賞与")
        {
            c.monthly_salary = yen_range(&n);
        }
        if let Some(p) = n.find("固定残業") {
            overtime_texts.push(n[p..].to_string());
        }
    }
    for (s, text) in conditions {
        let n = norm(text);
        let join = |slot: &mut Option<String>| match slot {
            Some(v) => {
                v.push_str(" / ");
                v.push_str(text);
            }
            None => *slot = Some(text.clone()),
        };
        match s {
            Section::Condition(ConditionKind::FixedOvertime) => overtime_texts.push(n),
            Section::Condition(ConditionKind::Bonus) => join(&mut c.bonus),
            Section::Condition(ConditionKind::Holidays) => {
                if let Some(m) = HOLIDAYS_RE.captures(&n) {
                    c.annual_holidays = m[1].parse().ok();
                }
                join(&mut c.holidays);
            }
            Section::Condition(ConditionKind::Hours) => join(&mut c.hours),
            Section::Condition(ConditionKind::Benefits) => join(&mut c.benefits),
            Section::Condition(ConditionKind::Employment) => join(&mut c.employment),
            _ => {}
        }
    }
    if c.annual_holidays.is_none() {
        for s in salary.iter().chain(location) {
            if let Some(m) = HOLIDAYS_RE.captures(&norm(s)) {
                c.annual_holidays = m[1].parse().ok();
            }
        }
    }
    if let Some(t) = overtime_texts.first() {
        let after_hours = HOURS_RE.find(t).map_or(0, |m| m.end());
        c.fixed_overtime = Some(FixedOvertimeTerms {
            hours: HOURS_RE.captures(t).and_then(|m| m[1].parse().ok()),
            amount: yen_range(&t[after_hours..]),
            none: t.contains("なし") || t.contains("無し"),
            text: t.clone(),
        });
    }
    if !location.is_empty() {
        c.location = Some(location.join(" / "));
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use RequirementKind::*;

    fn items(p: &Posting) -> Vec<(RequirementKind, &str)> {
        p.items.iter().map(|i| (i.kind, i.text.as_str())).collect()
    }

    #[test]
    fn bracket_sections() {
        let p = parse(
            "【募集職種】経理スタッフ\n【仕事内容】\n・月次決算の補助\n・請求書の発行\n【必須】\n・経理実務経験2年以上\n・Excel（VLOOKUP）\n【歓迎】日商簿記2級\n【求める人物像】\n・几帳面な方\n【給与】月給25万円〜\n【勤務地】東京都港区\n【休日】土日祝\n・年間休日120日\n",
        );
        assert_eq!(p.title.as_deref(), Some("経理スタッフ"));
        assert_eq!(
            items(&p),
            vec![
                (Duty, "月次決算の補助"),
                (Duty, "請求書の発行"),
                (Required, "経理実務経験2年以上"),
                (Required, "Excel（VLOOKUP）"),
                (Preferred, "日商簿記2級"),
                (Persona, "几帳面な方"),
            ]
        );
        assert_eq!(p.salary.as_deref(), Some("月給25万円〜"));
        assert_eq!(p.location.as_deref(), Some("東京都港区"));
        assert_eq!(p.items[2].line, 6);
    }

    #[test]
    fn a_day_in_the_job_is_the_duties() {
        let p = parse(
            "## 主任の1日\n1. 朝の打合せで作業の割り振りを決める\n2. 取引先からの問い合わせに回答する\n\n## 応募資格\n・事務経験2年以上\n",
        );
        assert_eq!(
            items(&p),
            vec![
                (Duty, "朝の打合せで作業の割り振りを決める"),
                (Duty, "取引先からの問い合わせに回答する"),
                (Required, "事務経験2年以上"),
            ]
        );
    }

    #[test]
    fn square_group_of_sub_duties_named_like_a_part() {
        // 「■給与・賞与」 with └ lines inside the duties is a duty group, not the pay part;
        // 「■その他」 stays a bare sub-heading.
        let p = parse(
            "〈仕事内容〉\n■給与・賞与\n└ 月次の給与計算\n■福利厚生・保険\n└ 健康保険の加入手続き\n■その他\n└ 来客の受付\n\n〈給与〉\n月給22万円～\n",
        );
        let got = items(&p);
        assert!(got.contains(&(Duty, "給与・賞与")), "{got:?}");
        assert!(
            got.contains(&(Duty, "月次の給与計算"))
                || got
                    .iter()
                    .any(|(k, t)| *k == Duty && t.contains("月次の給与計算")),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(k, t)| *k == Duty && t.contains("健康保険の加入手続き")),
            "{got:?}"
        );
        assert!(!got.iter().any(|(_, t)| *t == "その他"), "{got:?}");
        assert_eq!(p.salary.as_deref(), Some("月給22万円～"));
    }

    #[test]
    fn square_mark_sections_and_full_width() {
        let p = parse(
            "■仕事内容\n法人顧客へのルート営業をお任せします。既存顧客が中心です。\n\n■応募資格\n・法人営業経験３年以上\n・普通自動車免許（ＡＴ限定可）\n\n■歓迎スキル\n・ＳＦＡの利用経験\n\n■給与\n年収400万円〜550万円\n",
        );
        assert_eq!(
            items(&p),
            vec![
                (Duty, "法人顧客へのルート営業をお任せします"),
                (Duty, "既存顧客が中心です"),
                (Required, "法人営業経験３年以上"),
                (Required, "普通自動車免許（ＡＴ限定可）"),
                (Preferred, "ＳＦＡの利用経験"),
            ]
        );
        assert_eq!(p.salary.as_deref(), Some("年収400万円〜550万円"));
    }

    #[test]
    fn markdown_headings_and_numbered_bullets() {
        let p = parse(
            "# 社内SE（インフラ）\n\n## 業務内容\n1. AWS環境の運用\n2. 社内ヘルプデスク\n\n## 必須要件\n- Linuxサーバーの運用経験\n- 学歴不問\n\n## 歓迎要件\n- AWS認定資格\n\n## 勤務地\n大阪府大阪市\n",
        );
        assert_eq!(p.title.as_deref(), Some("社内SE（インフラ）"));
        assert_eq!(
            items(&p),
            vec![
                (Duty, "AWS環境の運用"),
                (Duty, "社内ヘルプデスク"),
                (Required, "Linuxサーバーの運用経験"),
                (Preferred, "AWS認定資格"),
            ]
        );
        assert_eq!(p.location.as_deref(), Some("大阪府大阪市"));
    }

    #[test]
    fn label_colon_lines_and_inline_preferred() {
        let p = parse(
            "職種：倉庫管理スタッフ\n仕事内容：入出庫の管理とフォークリフトでの荷役\n応募資格：\n・倉庫での実務経験\n・フォークリフト免許があれば尚可\n人物像：チームで動ける方\n給与：時給1,300円\n",
        );
        assert_eq!(p.title.as_deref(), Some("倉庫管理スタッフ"));
        assert_eq!(
            items(&p),
            vec![
                (Duty, "入出庫の管理とフォークリフトでの荷役"),
                (Required, "倉庫での実務経験"),
                (Preferred, "フォークリフト免許があれば尚可"),
                (Persona, "チームで動ける方"),
            ]
        );
    }

    #[test]
    fn prose_posting_by_cues() {
        let p = parse(
            "介護スタッフ募集\n\n当施設で入居者様の身体介護をお任せします。介護の実務経験が1年以上ある方を求めています。介護福祉士の資格をお持ちの方は歓迎します。明るく、思いやりのある方が向いています。土日休みも相談できます。\n",
        );
        assert_eq!(p.title.as_deref(), Some("介護スタッフ募集"));
        assert_eq!(
            items(&p),
            vec![
                (Duty, "当施設で入居者様の身体介護をお任せします"),
                (Required, "介護の実務経験が1年以上ある方を求めています"),
                (Preferred, "介護福祉士の資格をお持ちの方は歓迎します"),
                (Persona, "明るく、思いやりのある方が向いています"),
            ]
        );
    }

    #[test]
    fn inline_bracket_kinds_in_one_list() {
        let p = parse(
            "◆応募要件\n・【必須】販売・接客の経験\n・【歓迎】店長経験\n・【歓迎】英語での接客\n◆福利厚生\n・社員割引\n",
        );
        assert_eq!(
            items(&p),
            vec![
                (Required, "販売・接客の経験"),
                (Preferred, "店長経験"),
                (Preferred, "英語での接客"),
            ]
        );
    }

    #[test]
    fn table_rows_with_labels() {
        let p = parse(
            "| 項目 | 内容 |\n|---|---|\n| 仕事内容 | 受発注業務と電話対応 |\n| 必須要件 | 営業事務の経験 |\n| 歓迎要件 | SAPの操作経験 |\n| 給与 | 月給24万円 |\n",
        );
        assert_eq!(
            items(&p),
            vec![
                (Duty, "受発注業務と電話対応"),
                (Required, "営業事務の経験"),
                (Preferred, "SAPの操作経験"),
            ]
        );
        assert_eq!(p.salary.as_deref(), Some("月給24万円"));
    }

    #[test]
    fn heading_titles_keep_their_brackets() {
        let p = parse("# <b>営業</b>事務\n## 【必須】Excel\n");
        assert_eq!(p.title.as_deref(), Some("<b>営業</b>事務"));
        assert_eq!(items(&p), vec![(Required, "Excel")]);
        let p = parse("【求人票】社内SE\n【必須】\n・Linux\n");
        assert_eq!(p.title.as_deref(), Some("社内SE"));
    }

    #[test]
    fn empty_and_unrelated_text() {
        assert!(parse("").items.is_empty());
        assert!(parse("こんにちは\n今日は晴れ").items.is_empty());
    }

    /// A part under a heading of the company's own words (「## 仕事の進め方」) that announces a
    /// numbered list of the work holds the duties; its lead-in may end a longer sentence.
    #[test]
    fn duties_under_a_heading_of_the_companys_own_words() {
        let p = parse(
            "# 店長候補\n\n## 入社後のステップ\n副店長として配属され、半年で店長をお任せします。店長の仕事は次のとおりです。\n1. 売上・人件費の計画\n2. パートの採用とシフトの作成\n＊登録販売者の取得を支援します。\n\n## 会社の魅力\n1. 年間休日120日\n",
        );
        let got: Vec<(RequirementKind, &str)> =
            p.items.iter().map(|i| (i.kind, i.text.as_str())).collect();
        assert!(got.contains(&(Duty, "売上・人件費の計画")), "{got:?}");
        assert!(
            got.contains(&(Duty, "パートの採用とシフトの作成")),
            "{got:?}"
        );
        assert!(!got.iter().any(|(_, t)| t.contains("休日")), "{got:?}");
        assert!(p.items.iter().all(|i| i.line != 4), "{got:?}");
        // A sentence that hands the job over right above the list; a └ item with a section word.
        let p = parse(
            "## 現場の流れ\n工事主任として、一つの現場を担当していただきます。\n1. 着工前：施工図の確認\n2. 竣工：書類の作成\n\n仕事内容\n■スタッフのマネジメント\n└アルバイトの採用の面接\n■売場づくり\n",
        );
        let got: Vec<&str> = p.items.iter().map(|i| i.text.as_str()).collect();
        for want in [
            "着工前:施工図の確認",
            "アルバイトの採用の面接",
            "売場づくり",
        ] {
            assert!(
                got.iter().any(|t| t.replace('：', ":").contains(want)),
                "{want}: {got:?}"
            );
        }
    }

    /// A company heading with no job: the job is the one the posting says it recruits, the
    /// business its one-sentence profile (the shops it sells to are not its trade); a
    /// `label：value` whose value holds a space is read whole.
    #[test]
    fn recruited_job_profile_and_spaced_values() {
        let p = parse(
            "# 株式会社みなみ野フーズ　キャリア採用\n量販店担当の営業（ルートセールス）を募集します\n冷凍の餃子を中心に、全国のスーパー約1,800店で扱っていただいている食品メーカーです。\n\n## こんな仕事です\n1. 量販店の定期訪問と受注\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("量販店担当の営業（ルートセールス）")
        );
        assert_eq!(p.company.as_deref(), Some("株式会社みなみ野フーズ"));
        assert_eq!(p.business.as_deref(), Some("食品メーカーです"));
        let p = parse("職種：総務課 係長候補\n事業所名：医療法人社団 青葉会\n");
        assert_eq!(p.title.as_deref(), Some("総務課 係長候補"));
        assert_eq!(p.company.as_deref(), Some("医療法人社団 青葉会"));
    }

    /// ◆ duties that hold a section word (保険, 給与) stay duties; ■福利厚生 stays a heading.
    #[test]
    fn marked_duties_holding_a_section_word() {
        let p = parse(
            "仕事内容\n次の業務をお任せします。\n◆勤怠の締めと年末調整\n◆入退社と社会保険の手続き\n■給与計算業務\n◆就業規則の改定\n■福利厚生\n社会保険完備\n",
        );
        let got: Vec<&str> = p.items.iter().map(|i| i.text.as_str()).collect();
        for want in ["入退社と社会保険の手続き", "給与計算業務", "就業規則の改定"]
        {
            assert!(got.contains(&want), "{want}: {got:?}");
        }
        assert!(!got.iter().any(|t| t.contains("完備")), "{got:?}");
    }

    /// A ■ duty that names its customers (■中堅企業への新規の提案) does not end the duties; a
    /// licence whose name holds a section word (社会保険労務士) with its Hello Work mark is an
    /// item; a note that says a licence is weighed in the selection is preferred.
    #[test]
    fn duties_naming_companies_licences_and_weighed_notes() {
        let p = parse(
            "〈具体的な仕事内容〉\n■中堅企業への新規の提案\n└見込み客への訪問、デモ\n■会社概要\n従業員260名\n\n必要な免許・資格\n社会保険労務士　あれば尚可\n＊ITパスポートをお持ちの方は、選考で考慮します。\n",
        );
        let got: Vec<(RequirementKind, &str)> =
            p.items.iter().map(|i| (i.kind, i.text.as_str())).collect();
        use RequirementKind::{Duty, Preferred};
        assert!(got.contains(&(Duty, "中堅企業への新規の提案")), "{got:?}");
        assert!(got.contains(&(Duty, "見込み客への訪問、デモ")), "{got:?}");
        assert!(!got.iter().any(|(_, t)| t.contains("従業員")), "{got:?}");
        assert!(got.contains(&(Preferred, "社会保険労務士")), "{got:?}");
        assert!(
            got.iter()
                .any(|(k, t)| *k == Preferred && t.contains("ITパスポート")),
            "{got:?}"
        );
    }

    #[test]
    fn agency_layout_with_sub_items_lead_ins_and_notes() {
        let p = parse(
            "〈具体的な仕事内容〉\n■既存顧客の深耕\n└ 定例打合せ\n■人材育成・採用\n└ 採用面接\n※担当エリアは埼玉県です。\n\n〈応募資格〉\n【必須】以下の業務の経験者\n└ 月次決算の実務（2年以上）\n└ 会計ソフトを使った仕訳入力\n【必須】日商簿記2級以上\n■歓迎要件\n└ 監査法人対応の経験\n＊未経験の方も歓迎します。\n〈想定年収〉450万円～600万円\n〈給与〉月給30万円～40万円（固定残業代 月30時間分 6.0万円～8.0万円を含む）\n",
        );
        let got: Vec<(usize, RequirementKind, Option<usize>)> =
            p.items.iter().map(|i| (i.line, i.kind, i.parent)).collect();
        assert_eq!(
            got,
            vec![
                (2, Duty, None),
                (3, Duty, Some(2)),
                (4, Duty, None),
                (5, Duty, Some(4)),
                (10, Required, Some(9)),
                (11, Required, Some(9)),
                (12, Required, None),
                (14, Preferred, None),
            ]
        );
        assert_eq!(p.items[4].context.as_deref(), Some("以下の業務の経験者"));
        let c = &p.conditions;
        assert_eq!(
            c.annual_salary,
            Some(YenRange {
                low: 4_500_000,
                high: Some(6_000_000)
            })
        );
        assert_eq!(
            c.monthly_salary,
            Some(YenRange {
                low: 300_000,
                high: Some(400_000)
            })
        );
        let o = c.fixed_overtime.as_ref().unwrap();
        assert_eq!(o.hours, Some(30));
        assert_eq!(
            o.amount,
            Some(YenRange {
                low: 60_000,
                high: Some(80_000)
            })
        );
    }

    /// Each item's line and kind, in order.
    fn lines_and_kinds(p: &Posting) -> Vec<(usize, RequirementKind)> {
        p.items.iter().map(|i| (i.line, i.kind)).collect()
    }

    #[test]
    fn marked_items_with_a_comma_and_the_days_schedule_are_read() {
        let p = parse(
            "仕事内容\n営業事務をお任せします。\n◆欠品時の代替品の確認と、仕入先への発注\n◆請求書の発行と入金の確認\n\n1日の流れ\n8:30　FAX受注の確認と入力\n13:00～14:00　出荷指示の確定\n\n勤務時間\n9:00～18:00\n",
        );
        let duties: Vec<&str> = p
            .of_kind(RequirementKind::Duty)
            .map(|i| i.text.as_str())
            .collect();
        assert_eq!(
            duties,
            [
                "欠品時の代替品の確認と、仕入先への発注",
                "請求書の発行と入金の確認",
                "FAX受注の確認と入力",
                "出荷指示の確定"
            ]
        );
    }

    /// A sentence after the list hands over one more duty (「毎日の仕事として…もお願いします」) or
    /// only tells (「店長がパンを焼くことはありません」); a week told day by day (「## 店長の1週間」);
    /// a └ duty with a space inside its bracket (「└協力会社（電気工事士 3～8名）への指示」) is no
    /// `label value` field.
    #[test]
    fn sentences_after_the_list_weeks_and_bracketed_spaces() {
        let p = parse(
            "## 店長の1週間\n店舗の運営を任せていただきます。週の流れはこうです。\n1. 月曜：売上の振り返り\n2. 火曜：売場の変更\n毎日の仕事として、レジ・品出しもお願いします。\nパンは職人が焼きますので、店長がパンを焼くことはありません。\n\n〈具体的な仕事内容〉\n■現場の管理\n└工程表の作成\n└協力会社（電気工事士 3～8名）への作業の指示と、安全の巡回\n└写真の管理\n",
        );
        let got = lines_and_kinds(&p);
        for line in [3, 4, 5, 9, 10, 11, 12] {
            assert!(
                got.contains(&(line, RequirementKind::Duty)),
                "{line} in {got:?}"
            );
        }
        for line in [2, 6] {
            assert!(!got.iter().any(|(l, _)| *l == line), "{line} in {got:?}");
        }
    }

    /// Layouts of this session's development sets that were unread: duties told in sentences
    /// over ※ notes (a note is no list of the work), under 「■どんな仕事？」 above a day's
    /// schedule (a part of its own), numbered under 「## 1件の工事の進め方」; a marked ask holding
    /// a section's word (◎…の資格をお持ちの方); a grid's 「| 対象 |」 label.
    #[test]
    fn sentences_over_notes_and_schedules_and_marked_asks_are_read() {
        let p = parse(
            "【成形オペレーター】\n\n＜仕事内容＞\n入社後は金型の交換と成形条件の調整を担当していただきます。\n成形品の外観の検査も大切な仕事です。\n※クリーンルームでは防塵服を着用します。\n\n■どんな仕事？\n病院へ医薬品をお届けするお仕事です。\n＜1日の流れ（例）＞\n07:00 出勤・点呼\n\n## 1件の工事の進め方\n① 現地の調査\n\n■応募資格\n＜歓迎＞\n◎運行管理者（貨物）の資格をお持ちの方\n■フォークリフト運転技能講習修了者\n\n| 項目 | 内容 |\n|---|---|\n| 対象 | 小売・飲食で店長のご経験がある方 |\n",
        );
        let got = lines_and_kinds(&p);
        for want in [
            (4, RequirementKind::Duty),
            (5, RequirementKind::Duty),
            (9, RequirementKind::Duty),
            (11, RequirementKind::Duty),
            (14, RequirementKind::Duty),
            (18, RequirementKind::Preferred),
            (19, RequirementKind::Preferred),
            (23, RequirementKind::Required),
        ] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        // The note and the titles are no items.
        for line in [6, 16, 17] {
            assert!(!got.iter().any(|(l, _)| *l == line), "{line} in {got:?}");
        }
    }

    /// Layouts the held-out sets of 2026-12-01's third session found unread: a day told under
    /// 「## 店長のある一日」, a recruit page's 「## 仕事について」, a grid's 「| 経験 |」 label, an item
    /// with a trailing note (「　※業種不問」) and one marked in a parenthesis (「（必須）」).
    #[test]
    fn day_headings_experience_labels_and_marked_items_are_read() {
        let p = parse(
            "# 店長候補（眼鏡の専門店）\n\n## 店長のある一日\n1. 開店前：朝礼で前日の売上を共有\n2. 午後：スタッフのシフト作成と発注\n\n## 仕事について\n案件は次の流れで進みます。\n① 着工前：施工計画書の作成\n\n| 項目 | 内容 |\n|---|---|\n| 応募資格 | 【必須】 |\n| | 経理実務（月次決算まで）3年以上　※業種不問 |\n| 経験 | トラックドライバーとしてのルート配送の経験3年以上　※必須 |\n\n必要な免許・資格\n介護支援専門員（必須）\n学歴不問\n",
        );
        let got = lines_and_kinds(&p);
        assert_eq!(
            got,
            vec![
                (4, Duty),
                (5, Duty),
                (9, Duty),
                (14, Required),
                (15, Required),
                (18, Required)
            ]
        );
    }

    #[test]
    fn excel_grid_marker_cells_head_the_cells_below() {
        let p = parse(
            "項目｜内容\n応募資格｜【必須】\n｜・経理実務の経験3年以上\n｜【歓迎】\n｜・卸売業での経理経験\n｜・勘定奉行の使用経験\n給与｜月給25万円\n",
        );
        let got = lines_and_kinds(&p);
        assert_eq!(got, vec![(3, Required), (5, Preferred), (6, Preferred)]);
    }

    #[test]
    fn hello_work_fields_and_excel_grid() {
        let p = parse(
            "職種　総務・一般事務\n仕事の内容\n本社で事務全般をお任せします。\n・電話対応\n＊課長が説明します。\n必要な経験等　必須\n事務職の経験3年以上\n総務の経験があれば尚可\n必要な免許・資格\n普通自動車運転免許　必須\n賞与　年2回\n休日等　土日祝　年間休日115日\n",
        );
        assert_eq!(p.title.as_deref(), Some("総務・一般事務"));
        let got = lines_and_kinds(&p);
        assert_eq!(
            got,
            vec![(4, Duty), (7, Required), (8, Preferred), (10, Required)]
        );
        assert_eq!(p.items[3].text, "普通自動車運転免許");
        assert_eq!(p.conditions.bonus.as_deref(), Some("年2回"));
        assert_eq!(p.conditions.annual_holidays, Some(115));
        let p = parse(
            "項目｜内容\n職種｜経理事務\n仕事内容｜経理課で経理事務を担当していただきます。\n｜①伝票の起票\n｜②入金消込\n必要な経験｜経理事務の実務経験3年以上（業種不問）\n歓迎｜製造業での経理経験\n｜業務改善に自ら取り組んだ経験\n想定年収｜330万円～420万円\n",
        );
        let got = lines_and_kinds(&p);
        assert_eq!(
            got,
            vec![
                (4, Duty),
                (5, Duty),
                (6, Required),
                (7, Preferred),
                (8, Preferred)
            ]
        );
        assert_eq!(
            p.conditions.annual_salary,
            Some(YenRange {
                low: 3_300_000,
                high: Some(4_200_000)
            })
        );
    }
}

#[cfg(test)]
mod probe {
    /// `NAITEI_POSTING=/abs/path.md cargo test -p naitei-core --lib prep::posting::probe -- --ignored
    /// --nocapture`: the items read from a posting, for working on the extraction.
    #[test]
    #[ignore]
    #[allow(clippy::print_stdout)]
    fn print_items() {
        let path = std::env::var("NAITEI_POSTING").unwrap_or_default();
        let Ok(src) = std::fs::read_to_string(&path) else {
            return;
        };
        let p = super::parse(&src);
        println!(
            "TITLE {:?} COMPANY {:?} BUSINESS {:?}",
            p.title, p.company, p.business
        );
        for item in &p.items {
            println!("{item:?}");
        }
    }
}
