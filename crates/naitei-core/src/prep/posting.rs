//! Job posting parser: Japanese postings pasted from a job site or an agent's 求人票, as text or
//! Markdown. Finds the sections (仕事内容, 必須要件 / 応募資格, 歓迎要件, 求める人物像, 給与, 勤務地) in the
//! layouts postings use — `#` headings, 【必須】, ■応募資格, `label：value`, bare short titles — and
//! turns every bullet or sentence of the requirement sections into one item. A posting written
//! as prose (no headings) is read sentence by sentence from the cue words of each kind.

use serde::Serialize;

use crate::text::normalize::Normalized;
use crate::text::sentence;

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
    /// 勤務時間, 休日, 福利厚生, 会社概要 …: not used.
    Other,
}

/// Section names (substrings of a heading after width folding), checked in this order: 歓迎 before
/// 必須 so that 「歓迎要件（必須ではありません）」 is read as preferred, 仕事内容 before 資格 …
/// Written from the headings of ハローワーク求人票 (仕事内容 / 必要な経験等 / 必要な免許・資格) and of
/// the large job sites and agents' 求人票 (必須要件, 歓迎要件, 求める人物像, 応募資格).
const SECTION_NAMES: &[(Section, &[&str])] = &[
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
        ],
    ),
    (
        Section::Salary,
        &["給与", "給料", "年収", "月給", "報酬", "賃金", "想定年収"],
    ),
    (
        Section::Location,
        &["勤務地", "勤務場所", "就業場所", "勤務先", "就業場所"],
    ),
    (
        Section::Title,
        &["募集職種", "職種", "ポジション", "募集ポジション"],
    ),
    (
        Section::Other,
        &[
            "勤務時間",
            "就業時間",
            "休日",
            "休暇",
            "福利厚生",
            "待遇",
            "会社概要",
            "企業",
            "会社",
            "選考",
            "雇用形態",
            "募集背景",
            "試用期間",
            "応募方法",
            "事業内容",
            "アクセス",
            "手当",
            "保険",
            "その他",
            "備考",
            "魅力",
            "特徴",
            "採用",
            "交通",
            "昇給",
            "賞与",
        ],
    ),
];

/// Sentence cues for prose postings (and for one-off sentences inside another section), in
/// the order they are tried.
const PROSE_CUES: &[(RequirementKind, &[&str])] = &[
    (
        RequirementKind::Preferred,
        &["歓迎", "尚可", "優遇", "あれば", "望ましい"],
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

/// Sentences that only announce a list (以下の業務をお任せします): no item of their own.
const LIST_INTROS: &[&str] = &["以下の", "下記の", "次の業務", "次のような"];

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
}

impl Posting {
    pub fn of_kind(&self, kind: RequirementKind) -> impl Iterator<Item = &PostingItem> {
        self.items.iter().filter(move |i| i.kind == kind)
    }
}

fn section_of(title: &str) -> Option<Section> {
    let t: String = title.chars().filter(|c| !c.is_whitespace()).collect();
    SECTION_NAMES
        .iter()
        .find(|(_, names)| names.iter().any(|n| t.contains(n)))
        .map(|(s, _)| *s)
}

const HEADING_MARKS: &[char] = &[
    '■', '□', '◆', '◇', '▼', '▽', '▶', '▷', '★', '☆', '●', '○', '◎', '◯', '▪', '♦',
];
const BULLET_MARKS: &[char] = &['・', '•', '-', '*', '+', '◦', '※', '✓', '✔', '‣', '∙', '·'];

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
    {
        return LineRead::Heading(s, "");
    }
    if marked && n <= 20 && !body.contains('。') && !body.contains('、') && is_heading_like(body)
    {
        return LineRead::UnknownHeading(body);
    }
    // A bare short title on its own line: 応募資格 / 歓迎スキル.
    if !marked
        && n <= 12
        && !body.contains(|c: char| c.is_ascii_digit())
        && !body.contains('。')
        && !body.contains('、')
        && strip_bullet(body) == body
        && let Some(s) = section_of(body.trim_end_matches([':', '：']))
    {
        return LineRead::Heading(s, "");
    }
    LineRead::Content(if marked { body } else { t })
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
    let t: String = s.chars().filter(|c| !c.is_whitespace()).collect();
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

/// Parses a posting. Never fails: a text with no recognisable part gives no items.
pub fn parse(source: &str) -> Posting {
    let norm = Normalized::new(source);
    let mut posting = Posting {
        title: None,
        items: Vec::new(),
        salary: None,
        location: None,
    };
    // Item texts are shown in the user's own characters (full-width stays full-width).
    let from = |sub: &str| -> String {
        let start = sub.as_ptr() as usize - norm.text.as_ptr() as usize;
        source[norm.source_range(start..start + sub.len())]
            .trim()
            .to_string()
    };
    let mut section: Option<Section> = None;
    let mut first_heading: Option<String> = None;
    let mut salary: Vec<String> = Vec::new();
    let mut location: Vec<String> = Vec::new();
    for (i, raw) in norm.text.split('\n').enumerate() {
        let number = i + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let t = raw.trim();
        if t.chars()
            .all(|c| matches!(c, '-' | '=' | '*' | '_' | '─' | '━' | '|' | ':' | ' '))
        {
            continue;
        }
        let content = match read_line(raw) {
            LineRead::Heading(s, rest) => {
                section = Some(s);
                if rest.is_empty() {
                    continue;
                }
                rest
            }
            LineRead::UnknownHeading(title) => {
                if first_heading.is_none() {
                    first_heading = Some(from(title));
                }
                section = Some(Section::Other);
                continue;
            }
            LineRead::Content(c) => c,
        };
        // Markdown table rows: `| 必須 | 法人営業の経験 |` carry the label in the first cell.
        let (content, row_section) = table_row(content);
        let current = row_section.or(section);
        match current {
            Some(Section::Items(kind)) => {
                push_items(&mut posting, &from, kind, content, number, false)
            }
            Some(Section::Salary) => salary.push(from(strip_bullet(content))),
            Some(Section::Location) => location.push(from(strip_bullet(content))),
            Some(Section::Title) => {
                if posting.title.is_none() {
                    posting.title = Some(from(strip_bullet(content)));
                }
            }
            Some(Section::Other) => {}
            None => {
                // Before any heading: the title line, or prose read by its cues.
                if first_heading.is_none() && posting.items.is_empty() && !t.contains('。') {
                    first_heading = Some(from(strip_bullet(content)));
                    continue;
                }
                for r in sentence::split(content) {
                    let s = content[r].trim();
                    if SALARY_CUES.iter().any(|c| s.contains(c))
                        && s.contains(|c: char| c.is_ascii_digit())
                    {
                        salary.push(from(s.trim_end_matches('。')));
                    } else if s.contains("勤務地") || s.contains("勤務場所") {
                        location.push(from(s.trim_end_matches('。')));
                    } else {
                        push_items(&mut posting, &from, RequirementKind::Duty, s, number, true);
                    }
                }
            }
        }
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
    if !salary.is_empty() {
        posting.salary = Some(salary.join(" / "));
    }
    if !location.is_empty() {
        posting.location = Some(location.join(" / "));
    }
    posting
}

/// A table row's cells; a first cell that names a section gives the row's section.
fn table_row(content: &str) -> (&str, Option<Section>) {
    let t = content.trim();
    if !(t.starts_with('|') && t.ends_with('|')) {
        return (content, None);
    }
    let inner = t.trim_matches('|');
    let cells: Vec<&str> = inner.split('|').map(str::trim).collect();
    if cells.len() >= 2
        && let Some(s) = section_of(cells[0])
        && cells[0].chars().count() <= 12
    {
        let start = inner.find('|').map_or(0, |p| p + 1);
        return (inner[start..].trim(), Some(s));
    }
    (inner.trim(), None)
}

/// Adds the items of one content line: a bullet is one item; prose is split into sentences.
/// `prose` is set outside any section: only sentences with a cue become items.
/// `from` maps a slice of the normalized text to the user's text.
fn push_items(
    posting: &mut Posting,
    from: &dyn Fn(&str) -> String,
    section: RequirementKind,
    content: &str,
    line: usize,
    prose: bool,
) {
    let body = strip_bullet(content);
    // 【必須】Excel… inside a list: the bracket gives the kind.
    let (body, inline) = match bracket_title(body) {
        Some((label, rest)) if !rest.is_empty() => match section_of(label) {
            Some(Section::Items(k)) => (rest, Some(k)),
            _ => (body, None),
        },
        _ => (body, None),
    };
    let sentences: Vec<&str> = if body.contains('。') {
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
        if s.chars().count() < 2
            || is_no_requirement(s)
            || LIST_INTROS.iter().any(|c| s.contains(c))
            || s.ends_with([':', '：'])
        {
            continue;
        }
        let kind = match (inline, prose) {
            (Some(k), _) => k,
            (None, true) => match prose_kind(s) {
                Some(k) => k,
                None => continue,
            },
            (None, false) => item_kind(section, s),
        };
        posting.items.push(PostingItem {
            kind,
            text: from(s),
            line,
        });
    }
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
}
