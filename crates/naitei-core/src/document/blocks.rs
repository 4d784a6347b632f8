//! Pass 2: sections, then inside 職務経歴 the employer blocks with their sub-blocks, and a
//! role for every career line. One walk over the lines for each.
//!
//! - A heading opens a section when it names one. Inside 職務経歴 it must also be a section
//!   name and little else (not 「開発技術習得」), not an in-job label (【使用技術】, 【関連知識】,
//!   【プロジェクト概要】), and at the career heading's own level or above: a section change
//!   inside 職務経歴 is written at the section's level.
//! - An employer block starts at a company line (株式会社…), at a heading of the same style as
//!   the current employer's, or at a period that does not lie inside the current employer's
//!   period. Projects, 派遣先/客先 lines and periods inside the employer's period are sub-blocks.

use std::cell::LazyCell;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use super::lines::{
    HeadingStyle, any_of, has_company, has_legal_entity, is_full_section_name, is_job_label,
    is_tool_list, section_kind,
};
use super::vocab::{
    COMPANY_MARKERS, DISPATCH_EMPLOYER_MARKERS, EMPLOYMENT_TYPES, FIELD_LAYOUT_MARKERS,
    HISTORY_LIST_HEADINGS, HISTORY_OVERVIEW_MARKERS, SCHOOLING_WORDS, SUB_BLOCK_MARKERS,
};
use super::{Job, Line, LineKind, LineRole, Section, SectionKind};
use crate::goals::advice::{period_is_open, period_start};

static SUB_BLOCK: LazyLock<AhoCorasick> = LazyLock::new(|| any_of(SUB_BLOCK_MARKERS));
static DISPATCH_EMPLOYER: LazyLock<AhoCorasick> =
    LazyLock::new(|| any_of(DISPATCH_EMPLOYER_MARKERS));

pub(super) static PERIOD_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((19|20)\d{2}|(令和|平成|昭和|[RHS])\s*(\d{1,2}|元))\s*[年/.\-]\s*\d{1,2}\s*月?\s*(〜|~|-|–|―|ー|から)\s*(((19|20)\d{2}|(令和|平成|昭和|[RHS])\s*(\d{1,2}|元))\s*[年/.\-]\s*\d{1,2}\s*月?|現在|在職中|現職|至る)?")
        .expect("valid regex")
});

/// Can [`PERIOD_RE`] match in `s`? Every period holds a digit and a range mark (〜, -, から …);
/// testing for both first spares the regex search on most lines.
fn may_hold_period(s: &str) -> bool {
    s.contains(['〜', '~', '-', '–', '―', 'ー']) || s.contains("から")
}

/// Heading rank for comparing levels across marking styles: lower is higher.
fn rank(style: HeadingStyle, level: u8) -> u8 {
    match style {
        HeadingStyle::Hash(n) => n,
        HeadingStyle::Square | HeadingStyle::Bracket | HeadingStyle::Bare => 2,
        HeadingStyle::Mark => level.max(3),
        HeadingStyle::None => 9,
    }
}

pub(super) fn build_sections(text: &str, lines: &mut [Line]) -> Vec<Section> {
    let mut sections = vec![Section {
        kind: SectionKind::Front,
        title: String::new(),
        heading: None,
        lines: 0..0,
    }];
    let mut current = 0;
    let mut current_level = 0u8;
    let mut current_rank = 9u8;
    #[allow(clippy::needless_range_loop)] // the loop body writes lines[i] after reading it
    for i in 0..lines.len() {
        let line = &lines[i];
        if line.kind == LineKind::Heading {
            let title = &text[line.content.clone()];
            let kind = section_kind(title);
            let in_career = sections[current].kind == SectionKind::Career;
            let r = rank(line.heading_style, line.heading_level);
            let starts_section = if in_career {
                // 「◆職務経歴」 then 「【職歴一覧】」: a part of the career section (its list of
                // employers), not a new one whose higher-ranked marks would swallow the ◆自己PR
                // and ◆資格 headings after it.
                kind.is_some()
                    && !(kind == Some(SectionKind::Career) && is_history_heading(title))
                    && !is_job_label(title)
                    && is_full_section_name(title)
                    && r <= current_rank
            } else {
                match kind {
                    Some(_) => true,
                    None => {
                        line.heading_level <= current_level.max(1)
                            && current_level > 0
                            && sections[current].kind != SectionKind::Front
                    }
                }
            };
            if starts_section {
                sections[current].lines.end = i;
                sections.push(Section {
                    kind: kind.unwrap_or(SectionKind::Other),
                    title: title.to_string(),
                    heading: Some(i),
                    lines: i + 1..i + 1,
                });
                current = sections.len() - 1;
                current_level = line.heading_level;
                current_rank = r;
                lines[i].section = current;
                continue;
            }
        }
        lines[i].section = current;
    }
    let n = lines.len();
    sections[current].lines.end = n;
    for s in &sections {
        if s.kind == SectionKind::Career
            && let Some(h) = s.heading
        {
            lines[h].role = Some(LineRole::SectionHeading);
        }
    }
    sections
}

/// Start and end of a period as (year, month) numbers; the end is None when open (〜現在).
fn period_bounds(period: &str) -> Option<(i32, Option<i32>)> {
    let start = period_start(period)?;
    let key = |d: jiff::civil::Date| i32::from(d.year()) * 12 + i32::from(d.month());
    let sep = period
        .find(['〜', '~', '–', '―'])
        .or_else(|| period.find("から"));
    let end = sep
        .and_then(|s| period_start(&period[s..]))
        .map(key)
        .filter(|_| !period_is_open(period));
    Some((key(start), end))
}

/// 「2019年3月　一身上の都合により退職」: a dated entry or exit, a fact of the employer block
/// (as in a 履歴書's 職歴 column), not a duty.
fn is_tenure_event(content: &str) -> bool {
    let t = content.trim();
    t.chars().count() <= 40
        && !t.contains('。')
        && period_start(t).is_some()
        // A dated change of post inside the employer (「2024年4月　事務課リーダーに任命」) is a fact
        // of the block, like its entry and exit.
        && [
            "退職", "退社", "入社", "入職", "転籍", "契約満了", "任命", "昇格", "昇進", "就任",
            "異動", "配属", "着任", "独り立ち", "登用", "出向", "転勤", "復職",
        ]
            .iter()
            .any(|w| {
                t.ends_with(w)
                    || t.contains(&format!("{w}（"))
                    || t.contains(&format!("{w}("))
                    // 「2012年4月　入社　第二製造課 加硫ライン」: the post after the event.
                    || t.contains(&format!("{w} "))
                    || t.contains(&format!("{w}　"))
            })
}

/// Start and end of a period given in years only (「2020年〜2021年」, 「2023年」), as the first
/// and last month of those years.
fn year_bounds(period: &str) -> Option<(i32, Option<i32>)> {
    let year_at = |s: &str| -> Option<i32> {
        let at = s.find(|c: char| c.is_ascii_digit())?;
        let digits: String = s[at..].chars().take_while(char::is_ascii_digit).collect();
        let rest = &s[at + digits.len()..];
        (digits.len() == 4 && rest.starts_with('年'))
            .then(|| digits.parse().ok())
            .flatten()
    };
    let start = year_at(period)?;
    let sep = period
        .find(['〜', '~', '–', '―'])
        .or_else(|| period.find("から"));
    let end =
        (!period_is_open(period)).then(|| sep.and_then(|s| year_at(&period[s..])).unwrap_or(start));
    Some((start * 12 + 1, end.map(|y| y * 12 + 12)))
}

/// Does `inner` lie within `outer`?
fn within(outer: &str, inner: &str) -> bool {
    let inner = period_bounds(inner).or_else(|| year_bounds(inner));
    let (Some((os, oe)), Some((is, ie))) = (period_bounds(outer), inner) else {
        return false;
    };
    is >= os
        && match (oe, ie) {
            (None, _) => true,
            (Some(oe), Some(ie)) => ie <= oe,
            (Some(oe), None) => is <= oe,
        }
}

fn employment_of(content: &str) -> Option<String> {
    EMPLOYMENT_TYPES
        .iter()
        .find(|e| content.contains(*e))
        .map(|e| (*e).to_string())
}

fn company_name(content: &str) -> String {
    let without_period = PERIOD_RE.replace_all(content, "");
    without_period
        .split(['|', '(', '（', ' ', '　', '/', '：', ':'])
        .find(|part| has_company(part) || has_company(&format!("({part})")))
        .unwrap_or(without_period.trim())
        .trim()
        .to_string()
}

/// A table row followed by a separator row is the header; so is the first row of a table
/// whose cells are all short words without digits (期間｜業務内容｜実績).
fn is_table_header(text: &str, lines: &[Line], i: usize) -> bool {
    let first = i == 0 || lines[i - 1].kind != LineKind::TableRow;
    let cells_are_names = text[lines[i].content.clone()].split('|').all(|c| {
        let c = c.trim();
        c.chars().count() <= 8 && !c.chars().any(|x| x.is_ascii_digit())
    });
    first && (lines.get(i + 1).is_some_and(|n| n.kind == LineKind::Rule) || cells_are_names)
}

/// A label over achievements (主な実績, 主な取り組み, 【主な実績の詳細】).
fn is_achievements_label(title: &str) -> bool {
    ["実績", "成果", "取り組み", "取組", "工夫"]
        .iter()
        .any(|w| title.contains(w))
}

/// A ◆/● heading that reads as a duty sentence (「●受注データの入力を担当」), not a title.
fn heading_reads_as_item(title: &str, style: HeadingStyle) -> bool {
    style == HeadingStyle::Mark && (title.contains('を') || title.chars().count() > 25)
}

struct JobBuilder<'a> {
    text: &'a str,
    jobs: Vec<Job>,
    current: Option<usize>,
    /// Under a label of achievements (主な取り組み, 実績): titled headings are achievements.
    in_achievements: bool,
    /// Under a 「職歴」 sub-heading: period and company lines list the employers.
    history_list: bool,
    /// Jobs whose employer line is an entry (「2015年4月　株式会社A　入社」): the dated lines
    /// under it are its posts until the next employer.
    entered: Vec<usize>,
}

impl JobBuilder<'_> {
    fn open(&mut self, i: usize, style: HeadingStyle, lines: &mut [Line]) -> usize {
        self.in_achievements = false;
        self.jobs.push(Job::starting_at(i, style));
        let j = self.jobs.len() - 1;
        self.current = Some(j);
        lines[i].role = Some(LineRole::JobHeader);
        lines[i].job = Some(j);
        j
    }

    /// Fills the employer's company, period and employment type from a header line.
    fn fill(&mut self, j: usize, content: &str, period: Option<&str>) {
        let job = &mut self.jobs[j];
        if has_company(content) && job.company.is_none() {
            job.company = Some(company_name(content));
        }
        if job.period.is_none() {
            job.period = period.map(str::to_string);
        }
        if job.employment.is_none() {
            job.employment = employment_of(content);
        }
    }

    fn mark(&mut self, i: usize, role: LineRole, lines: &mut [Line]) {
        lines[i].role = Some(role);
        lines[i].job = self.current;
        if role == LineRole::SubBlock
            && let Some(j) = self.current
        {
            self.jobs[j].sub_blocks.push(i);
        }
    }

    fn item(&mut self, i: usize, lines: &mut [Line]) {
        let j = match self.current {
            Some(j) => j,
            None => {
                let j = self.open(i, HeadingStyle::None, lines);
                lines[i].role = None;
                j
            }
        };
        self.jobs[j].items.push(i);
        lines[i].job = Some(j);
        lines[i].role = Some(LineRole::Item);
    }

    /// A line with a period and no employer of its own: the current employer's period, a
    /// sub-block inside it, or the start of the next employer.
    fn period_line(&mut self, i: usize, content: &str, period: &str, lines: &mut [Line]) {
        let schooling = SCHOOLING_WORDS.iter().any(|w| content.contains(w));
        if let Some(j) = self.current {
            let job = &self.jobs[j];
            // 「2016年4月～6月　新人研修（ビジネスマナー、受注システムの操作）」: training inside an
            // employer says what the seeker learned there, a line of the job to review.
            if schooling && job.company.is_some() && !has_company(content) {
                self.item(i, lines);
                return;
            }
            if job.period.is_none() && job.items.is_empty() && !self.entered.contains(&j) {
                self.fill(j, content, Some(period));
                lines[i].role = Some(LineRole::JobHeader);
                lines[i].job = Some(j);
                return;
            }
            if job.period.as_deref().is_some_and(|p| within(p, period))
                // 「2015年4月　株式会社A　入社」 gives no range: a period line with no company of
                // its own under it (a post, an assignment) is a sub-block of that employer.
                || (job.company.is_some() && self.entered.contains(&j))
            {
                self.mark(i, LineRole::SubBlock, lines);
                return;
            }
        }
        let j = self.open(i, lines[i].heading_style, lines);
        self.fill(j, content, Some(period));
        self.jobs[j].schooling = schooling && !has_company(content);
    }

    fn employer_line(&mut self, i: usize, content: &str, period: Option<&str>, lines: &mut [Line]) {
        let style = lines[i].heading_style;
        // 「○総合病院改修工事のうち電気設備工事（令和二年六月〜令和三年十月）」 under 「株式会社光進電設
        // （平成二十六年四月〜現在）」: a site or project named by an institution (no legal entity),
        // dated inside the employer's period, is a part of that employer.
        if let (Some(j), Some(p)) = (self.current, period)
            && !has_legal_entity(content)
            && self.jobs[j].company.is_some()
            && self.jobs[j]
                .period
                .as_deref()
                .is_some_and(|outer| within(outer, p))
        {
            self.mark(i, LineRole::SubBlock, lines);
            return;
        }
        let continues = self.current.is_some_and(|j| {
            let job = &self.jobs[j];
            // 「### 株式会社A（2022年6月～現在）」 then 「2022年6月　株式会社A　入社」: the same
            // employer told twice, not a second one.
            let same_company = job.company.as_deref().is_some_and(|c| {
                let named = company_name(content);
                !named.is_empty() && (c.contains(named.as_str()) || named.contains(c))
            });
            // 「株式会社A　入社」 then 「訪問介護事業所 ホームヘルパー（正社員）」: the workplace and
            // post inside the employer just named (an office word, no legal entity, no dates).
            let workplace = job.company.is_some() && period.is_none() && !has_legal_entity(content);
            job.items.is_empty()
                && job.sub_blocks.is_empty()
                && (job.company.is_none() || same_company || workplace)
        });
        let j = if continues {
            let j = self.current.expect("checked");
            lines[i].role = Some(LineRole::JobHeader);
            lines[i].job = Some(j);
            if self.jobs[j].style == HeadingStyle::None {
                self.jobs[j].style = style;
            }
            j
        } else {
            self.open(i, style, lines)
        };
        self.fill(j, content, period);
        if period.is_none() && is_tenure_event(content) {
            self.entered.push(j);
        }
    }
}

pub(super) fn build_jobs(text: &str, sections: &[Section], lines: &mut [Line]) -> Vec<Job> {
    let mut b = JobBuilder {
        text,
        jobs: Vec::new(),
        current: None,
        in_achievements: false,
        history_list: false,
        entered: Vec::new(),
    };
    for (si, section) in sections.iter().enumerate() {
        if section.kind != SectionKind::Career {
            continue;
        }
        b.current = None;
        // 「■職務経歴（経歴の概要）」: the section itself is the list of employers.
        b.history_list = section
            .heading
            .is_some_and(|h| is_history_heading(&b.text[lines[h].content.clone()]));
        let first_job = b.jobs.len();
        let mut listed_employers = false;
        for i in section.lines.clone() {
            if lines[i].section != si {
                continue;
            }
            let content = &b.text[lines[i].content.clone()];
            let label = lines[i].label.clone().map_or("", |r| &b.text[r]);
            let kind = lines[i].kind;
            if matches!(kind, LineKind::Blank | LineKind::Rule) {
                lines[i].role = Some(LineRole::Blank);
                continue;
            }
            // 「平成二十六年四月〜現在」: kanji numerals read as digits for the period.
            let dated = crate::text::date::kanji_dates(content);
            let period = may_hold_period(&dated)
                .then(|| PERIOD_RE.find(&dated))
                .flatten()
                .map(|m| m.as_str().trim().to_string());
            let whole = &b.text[lines[i].range.clone()];
            // Each test of the line's words is made when a branch below first needs it: most
            // lines are duties that need none of them.
            let company = LazyCell::new(|| {
                if kind == LineKind::Bullet {
                    has_legal_entity(content)
                } else {
                    has_company(content)
                }
            });
            let sub = LazyCell::new(|| {
                // The first 12 characters of the line, sliced once (not copied per marker).
                let head = {
                    let t = whole.trim_start();
                    &t[..t.char_indices().nth(12).map_or(t.len(), |(at, _)| at)]
                };
                SUB_BLOCK.is_match(label) || SUB_BLOCK.is_match(head)
            });
            let dispatch_employer = LazyCell::new(|| DISPATCH_EMPLOYER.is_match(whole));
            match kind {
                LineKind::Heading => {
                    let style = lines[i].heading_style;
                    if is_job_label(content) {
                        b.in_achievements = is_achievements_label(content);
                        b.history_list = false;
                        b.mark(i, LineRole::Label, lines);
                    } else if (section_kind(content) == Some(SectionKind::Career)
                        && is_full_section_name(content))
                        || is_history_heading(content)
                    {
                        // 「◆職歴」 inside 職務経歴: the list of employers and periods that sums up
                        // the blocks above or below; its lines are facts, not new jobs.
                        b.history_list = true;
                        b.mark(i, LineRole::Label, lines);
                    } else if (*company || *dispatch_employer) && !*sub {
                        b.employer_line(i, content, period.as_deref(), lines);
                    } else if let Some(p) = &period
                        && !*sub
                    {
                        b.period_line(i, content, p, lines);
                    } else if b.current.is_some()
                        && (heading_reads_as_item(content, style)
                            || b.in_achievements
                            || content
                                .split_once(['：', ':'])
                                .is_some_and(|(_, v)| v.chars().count() > 10))
                    {
                        // An achievement's title (「■安城駅前店の立て直し」 under 主な取り組み).
                        b.item(i, lines);
                        lines[i].title = true;
                    } else if let Some(j) = b.current
                        && !*sub
                        && b.jobs[j].style != HeadingStyle::None
                        && style == b.jobs[j].style
                        // 「**■ホースの外観不良の低減（2020年〜2021年）**」 under 「**三和ゴム化工株式会社
                        // （2012年4月〜現在）**」: dated inside the employer's period, a part of it.
                        && !b.jobs[j]
                            .period
                            .as_deref()
                            .is_some_and(|p| within(p, &dated))
                    {
                        // A sibling of the employer heading: the next employer (キャリア式 or a
                        // company written without 株式会社).
                        let j = b.open(i, style, lines);
                        b.fill(j, content, None);
                    } else if b.current.is_some() {
                        b.mark(i, LineRole::SubBlock, lines);
                    } else {
                        let j = b.open(i, style, lines);
                        b.fill(j, content, None);
                    }
                }
                LineKind::Meta => {
                    if *sub && b.current.is_some() {
                        b.mark(i, LineRole::SubBlock, lines);
                    } else if let Some(p) = &period
                        && (label.contains("期間") || label.is_empty())
                    {
                        b.period_line(i, content, p, lines);
                    } else if (label.contains("会社") || label.contains("社名")) && *company {
                        b.employer_line(i, content, period.as_deref(), lines);
                    } else {
                        if let Some(j) = b.current
                            && b.jobs[j].employment.is_none()
                        {
                            b.jobs[j].employment = employment_of(content);
                        }
                        let role = if is_tool_list(label_value(content, label)) {
                            LineRole::Tools
                        } else {
                            LineRole::Info
                        };
                        b.mark(i, role, lines);
                    }
                }
                LineKind::Text | LineKind::Bullet | LineKind::TableRow
                    if b.history_list && (*company || period.is_some()) =>
                {
                    listed_employers |= *company;
                    b.mark(i, LineRole::Info, lines);
                }
                LineKind::Text if is_job_label(content) && content.chars().count() <= 12 => {
                    // 「主な実績」 on a line of its own: a label.
                    b.in_achievements = is_achievements_label(content);
                    b.mark(i, LineRole::Label, lines);
                }
                LineKind::Text | LineKind::Bullet
                    if !*company
                        && b.current.is_none_or(|j| b.jobs[j].company.is_none())
                        && is_field_title(whole, content) =>
                {
                    // 「〈1〉施設での身体介護・生活支援（通算約8年）」: the title of a block by field.
                    b.open(i, HeadingStyle::None, lines);
                }
                LineKind::Text | LineKind::Bullet | LineKind::TableRow => {
                    let rest_chars = content.chars().count()
                        - period.as_deref().map_or(0, |p| p.chars().count());
                    let header_like = kind != LineKind::TableRow
                        && lines[i].label.is_none()
                        && rest_chars <= 40
                        && !content.contains(['。', 'を'])
                        // A bullet that lists duties (「社会福祉法人会計基準による計算書類の作成、
                        // 監事監査への対応」) names a legal entity inside a compound, not its employer.
                        && !(kind == LineKind::Bullet && content.contains('、'))
                        // A hard-wrapped sentence (「…販売員として接客・レジ・在庫管理と」) ends
                        // in kana mid-phrase; an employer or period line does not.
                        && !content.trim_end().ends_with(|c: char| ('ぁ'..='ゖ').contains(&c))
                        && (*company || period.is_some());
                    if header_like && *company && !*sub {
                        b.employer_line(i, content, period.as_deref(), lines);
                    } else if header_like && *sub && b.current.is_some() {
                        b.mark(i, LineRole::SubBlock, lines);
                    } else if header_like && let Some(p) = &period {
                        b.period_line(i, content, p, lines);
                    } else if kind == LineKind::TableRow && is_table_header(b.text, lines, i) {
                        b.mark(i, LineRole::TableHeader, lines);
                    } else if kind == LineKind::TableRow
                        && *company
                        && period.is_some()
                        && content.split('|').all(|c| c.trim().chars().count() <= 24)
                    {
                        // | 2020年4月〜現在 | 株式会社A | 人事総務 |: a row of the list of employers.
                        b.mark(i, LineRole::Info, lines);
                    } else if kind == LineKind::TableRow
                        && content
                            .split('|')
                            .all(|c| PERIOD_RE.is_match(c) || c.trim().chars().count() <= 2)
                    {
                        b.mark(i, LineRole::Info, lines);
                    } else if is_tool_list(content) {
                        b.mark(i, LineRole::Tools, lines);
                    } else if is_tenure_event(content) {
                        b.mark(i, LineRole::Info, lines);
                    } else {
                        b.item(i, lines);
                    }
                }
                LineKind::Blank | LineKind::Rule => {}
            }
        }
        let title = section
            .heading
            .map_or("", |h| &b.text[lines[h].content.clone()]);
        let titles: Vec<&str> = lines.iter().map(|l| &b.text[l.content.clone()]).collect();
        mark_field_blocks(
            &mut b.jobs[first_job..],
            title,
            &titles,
            listed_employers,
            lines,
        );
    }
    drop_listed_employers(&mut b.jobs, lines);
    b.jobs
}

/// In a キャリア式 résumé, employer lines with no duty lines under them (a 「■職歴」 list, even
/// written as a section of its own) list the employers; they are facts, not blocks to review.
fn drop_listed_employers(jobs: &mut Vec<Job>, lines: &mut [Line]) {
    if !jobs.iter().any(|j| j.field) {
        return;
    }
    let keep: Vec<bool> = jobs
        .iter()
        .map(|j| j.field || !j.items.is_empty() || !j.sub_blocks.is_empty() || j.schooling)
        .collect();
    let mut new_index = Vec::with_capacity(jobs.len());
    let mut n = 0;
    for &k in &keep {
        new_index.push(n);
        n += usize::from(k);
    }
    for l in lines.iter_mut() {
        if let Some(j) = l.job {
            if keep[j] {
                l.job = Some(new_index[j]);
            } else {
                l.job = None;
                l.role = Some(LineRole::Info);
            }
        }
    }
    let mut k = keep.iter();
    jobs.retain(|_| *k.next().expect("one flag per job"));
}

/// A numbered or 通算-dated title line of a block by field (「1．新規開拓営業（通算約6年）」
/// 「〈2〉訪問介護（約3年）」): short, no sentence, and a bracket of years at its end.
fn is_field_title(whole: &str, content: &str) -> bool {
    let c = content.trim();
    if c.chars().count() > 30 || c.contains(['。', 'を', '、']) {
        return false;
    }
    let Some(open) = c.rfind(['(', '（']) else {
        return false;
    };
    let inner = &c[open..];
    if !(inner.ends_with([')', '）']) && inner.contains('年')) {
        return false;
    }
    let w = whole.trim_start();
    let numbered = w.starts_with(['〈', '<', '＜', '(', '（', '①', '②', '③', '④', '⑤', '⑥'])
        || (w.starts_with(|x: char| x.is_ascii_digit())
            && w.trim_start_matches(|x: char| x.is_ascii_digit())
                .starts_with(['.', '．', '、', ')']));
    numbered || inner.contains("通算")
}

/// A heading over the list of employers inside 職務経歴 (「■職歴」「【在籍企業】」).
fn is_history_heading(title: &str) -> bool {
    let t: String = title
        .chars()
        .filter(|c| c.is_alphanumeric() || ('\u{3040}'..='\u{30FF}').contains(c))
        .collect();
    HISTORY_LIST_HEADINGS.iter().any(|h| t == *h)
        || HISTORY_OVERVIEW_MARKERS.iter().any(|m| t.contains(m))
}

/// キャリア式: the blocks of a 職務経歴 are grouped by field or skill when no block that holds
/// duty lines names a company and the résumé either lists its employers apart (「■職歴」 with
/// company lines) or says so in the heading (「職務経歴（キャリア式）」), or none of the blocks
/// carries a date range (「法人営業　通算8年」, two blocks or more). Such blocks are not employers.
fn mark_field_blocks(
    jobs: &mut [Job],
    title: &str,
    titles: &[&str],
    listed_employers: bool,
    lines: &mut [Line],
) {
    let with_items = || jobs.iter().filter(|j| !j.items.is_empty() && !j.schooling);
    if with_items().next().is_none() {
        return;
    }
    let no_dates = with_items().count() >= 2 && with_items().all(|j| j.period.is_none());
    // 「◆店舗運営・店長業務（株式会社A）」「◆調理（株式会社B、株式会社C）」: a field named first, the
    // companies where it was done only in its bracket, no dates, and the employers listed apart —
    // blocks by field that say where, not employer blocks.
    let field_named_first = |j: &Job| {
        let h = &titles[j.heading];
        h.find(['（', '(']).is_some_and(|open| {
            let (before, inside) = h.split_at(open);
            !COMPANY_MARKERS.iter().any(|m| before.contains(m))
                && COMPANY_MARKERS.iter().any(|m| inside.contains(m))
        })
    };
    let by_field_with_companies =
        listed_employers && no_dates && with_items().all(field_named_first);
    if with_items().any(|j| j.company.is_some()) && !by_field_with_companies {
        return;
    }
    let announced = FIELD_LAYOUT_MARKERS.iter().any(|m| title.contains(m));
    if !(listed_employers || announced || no_dates) {
        return;
    }
    for j in jobs.iter_mut().filter(|j| !j.schooling) {
        j.field = true;
        if lines[j.heading].role == Some(LineRole::JobHeader) {
            lines[j.heading].role = Some(LineRole::SubBlock);
        }
    }
}

/// The value of a `key：value` line.
fn label_value<'a>(content: &'a str, label: &str) -> &'a str {
    if label.is_empty() {
        return content;
    }
    content
        .split_once(['：', ':'])
        .map_or(content, |(_, v)| v.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_nest() {
        assert!(within("2015年4月〜現在", "2018年4月〜2019年3月"));
        assert!(within("2015年4月〜2020年3月", "2016年1月〜2016年6月"));
        assert!(!within("2015年4月〜2018年3月", "2018年4月〜2021年3月"));
        assert!(!within("2018年4月〜現在", "2015年4月〜2018年3月"));
        assert!(within("平成27年4月〜令和2年3月", "2016年4月〜2017年3月"));
    }
}
