//! `naitei plan` — the strategy plan (issue 5): benefit calendar, salary realism, weekly target
//! and a dated action plan, as human text, JSON, Markdown and iCalendar.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use jiff::civil::Date;
use naitei_core::plan::benefit::BenefitKind;
use naitei_core::plan::salary::{Strategy, Verdict, man_yen, yen_text};
use naitei_core::plan::{FunnelCounts, Plan, Profile, build_plan};

use crate::output::emit;
use crate::render::{Block, Format, Section, Style, format, render_sections};

#[derive(clap::Args, Debug)]
pub struct PlanArgs {
    /// プロフィール（TOML）。書き方は docs/plan.md と examples/profile.toml。省略すると、--save で保存したものを使います
    #[arg(long, value_name = "FILE")]
    profile: Option<PathBuf>,
    /// プロフィールを応募管理のデータベースに保存する（次からは --profile を省略できます）
    #[arg(long, requires = "profile")]
    save: bool,
    /// 計画の基準日（YYYY-MM-DD。和暦も可）。省略するとこの機械の今日の日付
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::args::date)]
    today: Option<Date>,
    /// 出力形式
    #[arg(long, value_parser = format::REPORT, default_value = "human")]
    format: Format,
    /// 予定表を iCalendar（.ics）で書き出すファイル
    #[arg(long, value_name = "FILE")]
    ics: Option<PathBuf>,
    /// 職務経歴書。今の職場に残るか応募を進めるかの助言（naitei goals）を計画に加えます（プロフィールの resume でも指定できます）
    #[arg(long, value_name = "FILE")]
    resume: Option<String>,
    /// 選考の記録（JSON: {"stages": [[通過数, 結果の出た数], …]} を書類・一次・二次・最終の順に）
    #[arg(long, value_name = "FILE")]
    funnel: Option<PathBuf>,
    /// 応募管理のデータベース（既定: naitei track と同じ）。--funnel がなければ、ここの選考記録で週の応募目標を計算します
    #[command(flatten)]
    db: super::track::DbArg,
}

/// Document kind under which the profile is kept in the tracker database (and its backups).
const PROFILE_KIND: naitei_store::DocumentKind = naitei_store::DocumentKind::Profile;

fn save_profile(
    db: &super::track::DbArg,
    label: &str,
    text: &str,
    today: Date,
) -> anyhow::Result<()> {
    super::track::runtime()?.block_on(async {
        let store = super::track::open_store(db).await?;
        let doc = naitei_store::NewDocument {
            application_id: None,
            kind: PROFILE_KIND,
            label: label.to_string(),
            created_on: today.to_string(),
            content: text.to_string(),
        };
        store.add_document(&doc).await?;
        store.close().await;
        Ok(())
    })
}

/// The newest saved profile.
fn saved_profile(db: &super::track::DbArg) -> anyhow::Result<String> {
    let none = || {
        anyhow::anyhow!(
            "プロフィールがありません。--profile FILE を指定してください（--save を付けると保存され、次からは省略できます）"
        )
    };
    if !super::track::db::has_tracker_db(db) {
        return Err(none());
    }
    super::track::runtime()?.block_on(async {
        let store = super::track::open_store(db).await?;
        let docs = store.documents().await?;
        store.close().await;
        docs.into_iter()
            .rev()
            .find(|d| d.kind == PROFILE_KIND)
            .map(|d| d.content)
            .ok_or_else(none)
    })
}

/// Pass counts per stage from the tracker, when there is a tracker database with applications.
fn tracker_funnel(db: &super::track::DbArg) -> anyhow::Result<Option<FunnelCounts>> {
    if !super::track::db::has_tracker_db(db) {
        return Ok(None);
    }
    let diagnosis = super::diagnose::load_diagnosis(db)?;
    Ok(naitei_tracker::funnel_counts(&diagnosis))
}

pub fn run(args: PlanArgs) -> anyhow::Result<ExitCode> {
    let today = super::track::today::today(args.today);
    let (text, source) = match &args.profile {
        Some(path) => (
            std::fs::read_to_string(path)
                .with_context(|| format!("{}: プロフィールを読めません", path.display()))?,
            path.display().to_string(),
        ),
        None => (saved_profile(&args.db)?, "保存したプロフィール".to_string()),
    };
    let profile = Profile::from_toml(&text).map_err(|e| anyhow::anyhow!("{source}: {e}"))?;
    if args.save {
        save_profile(&args.db, &source, &text, today)?;
    }
    let funnel = match &args.funnel {
        None => None,
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("{}: 選考の記録を読めません", path.display()))?;
            let counts: FunnelCounts = serde_json::from_str(&text).map_err(|e| {
                anyhow::anyhow!(
                    "{}: 選考の記録の形式が違います（{{\"stages\": [[通過数, 結果の出た数], …4段階]}}）: {e}",
                    path.display()
                )
            })?;
            counts
                .validate()
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            Some(counts)
        }
    };
    let funnel = match funnel {
        Some(f) => Some(f),
        None => tracker_funnel(&args.db)?,
    };
    let plan = build_plan(&profile, today, funnel.as_ref());
    // The stay-or-go advice when a résumé is named (option, or the profile's `resume`, relative
    // to the profile file).
    let resume = args.resume.clone().or_else(|| {
        profile.resume.as_ref().map(|r| match &args.profile {
            Some(p) if std::path::Path::new(r).is_relative() => p
                .parent()
                .unwrap_or(std::path::Path::new(""))
                .join(r)
                .display()
                .to_string(),
            _ => r.clone(),
        })
    });
    let stay_or_go = match &resume {
        Some(name) => {
            let text = crate::input::read(name, crate::input::DEFAULT_MAX_BYTES)?.text;
            Some(super::goals::build_report(
                &text,
                Some(&profile),
                today,
                &args.db,
            )?)
        }
        None => None,
    };

    if let Some(ics) = &args.ics {
        std::fs::write(ics, to_ics(&plan))
            .with_context(|| format!("{}: iCalendar を書き出せません", ics.display()))?;
    }
    let out = match args.format {
        Format::Json => {
            serde_json::to_string_pretty(&PlanOutput {
                plan: &plan,
                stay_or_go: stay_or_go.as_ref(),
            })? + "\n"
        }
        Format::Markdown => render_with(&plan, stay_or_go.as_ref(), Style::Markdown),
        _ => render_with(&plan, stay_or_go.as_ref(), Style::Human),
    };
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// `naitei plan --format json`: the plan's fields as before, plus `stay_or_go` (the report of
/// `naitei goals`) when a résumé is named.
#[derive(serde::Serialize)]
struct PlanOutput<'a> {
    #[serde(flatten)]
    plan: &'a Plan,
    #[serde(skip_serializing_if = "Option::is_none")]
    stay_or_go: Option<&'a naitei_core::goals::GoalsReport>,
}

fn percent(rate: f64) -> String {
    format!("{:.1}%", rate * 100.0)
}

fn yen(n: u32) -> String {
    yen_text(i64::from(n))
}

fn yen_u64(n: u64) -> String {
    yen_text(i64::try_from(n).unwrap_or(i64::MAX))
}

fn benefit_section(plan: &Plan) -> Section {
    let b = &plan.benefit;
    let senior = b.kind == BenefitKind::SeniorLumpSum;
    let mut blocks = Vec::new();
    blocks.push(Block::Para(format!(
        "離職日 {}（{}歳・{}）、被保険者期間 {} 年 → {}",
        b.leaving_date,
        b.age_at_leaving,
        b.leaving_reason.label(),
        b.insured_years,
        b.category_label
    )));
    if !b.eligible {
        blocks.push(Block::Warning(format!(
            "失業給付は受けられません: {}",
            b.ineligible_reason.clone().unwrap_or_default()
        )));
    } else {
        let mut rows = vec![
            if senior {
                vec![
                    "高年齢求職者給付金（一時金）".to_string(),
                    format!("基本手当日額の {} 日分", b.days),
                ]
            } else {
                vec!["所定給付日数".to_string(), format!("{} 日", b.days)]
            },
            vec![
                "受給手続き（受給資格決定日）".to_string(),
                format!(
                    "{}{}",
                    b.claim_date,
                    if b.claim_date_assumed {
                        "（仮定）"
                    } else {
                        ""
                    }
                ),
            ],
        ];
        if let Some(w) = b.waiting_end {
            rows.push(vec!["待期（7日間）の終了".to_string(), w.to_string()]);
        }
        match b.restriction_end {
            Some(end) => rows.push(vec![
                format!("給付制限（{}か月）の終了", b.restriction_months),
                end.to_string(),
            ]),
            None => rows.push(vec!["給付制限".to_string(), "なし".to_string()]),
        }
        if let (Some(start), Some(last)) = (b.payment_start, b.last_payment_date) {
            rows.push(vec![
                "支給の対象になる期間（見込み）".to_string(),
                format!("{start} 〜 {last}"),
            ]);
            rows.push(vec![
                format!("残りの給付日数（{} から）", plan.today),
                format!("{} 日", b.days_left),
            ]);
        }
        if let Some(first) = b.certification_dates.first() {
            rows.push(vec![
                "失業の認定（目安）".to_string(),
                if senior {
                    format!("{first} ごろに1回")
                } else {
                    format!(
                        "{first} から4週間ごと（{} 回）。各期間に求職活動の実績 {} 回以上",
                        b.certification_dates.len(),
                        b.job_search_activities_per_period
                    )
                },
            ]);
        }
        rows.push(vec![
            "受給期間の終了".to_string(),
            if b.receipt_extension_days > 0 {
                format!(
                    "{}（1年＋{}日）",
                    b.receipt_period_end, b.receipt_extension_days
                )
            } else {
                b.receipt_period_end.to_string()
            },
        ]);
        for r in &b.reemployment {
            let amount = r
                .amount_at_deadline
                .map(|a| format!("、約{}", yen_u64(a)))
                .unwrap_or_default();
            rows.push(vec![
                format!(
                    "再就職手当 {}%（残り{}日以上）",
                    r.rate_percent, r.min_days_left
                ),
                if r.start_by < plan.today {
                    format!("{} までに就職（期限切れ）", r.start_by)
                } else {
                    format!(
                        "{} までに就職（その日の支給残日数 {} 日{amount}）",
                        r.start_by, r.days_left_at_deadline
                    )
                },
            ]);
        }
        blocks.push(Block::Table {
            header: vec!["項目".to_string(), "日付・日数".to_string()],
            rows,
        });
        if let Some(a) = &b.amounts {
            let mut rows = vec![
                vec![
                    "賃金日額".to_string(),
                    format!(
                        "{}（下限 {}・上限 {}）",
                        yen_u64(a.wage_daily),
                        yen(a.wage_floor),
                        yen(a.wage_cap)
                    ),
                ],
                vec![
                    "基本手当日額".to_string(),
                    format!(
                        "{}（賃金日額の {:.1}%。この年齢の上限 {}・下限 {}）",
                        yen_u64(a.daily),
                        a.rate_percent,
                        yen_u64(a.daily_cap),
                        yen_u64(a.daily_floor)
                    ),
                ],
                vec![
                    if senior {
                        "一時金の額".to_string()
                    } else {
                        "受給期間内に受け取れる総額".to_string()
                    },
                    format!("{}（{} 日分）", yen_u64(a.total), b.payable_days),
                ],
            ];
            if let (Some(daily), Some(cap)) = (a.reemployment_daily, a.reemployment_daily_cap) {
                rows.push(vec![
                    "再就職手当の計算に使う日額".to_string(),
                    format!("{}（上限 {}）", yen_u64(daily), yen(cap)),
                ]);
            }
            if let Some(max) = a.reemployment_max {
                rows.push(vec![
                    "再就職手当（待期明けすぐに就職した場合）".to_string(),
                    format!("約{}", yen_u64(max)),
                ]);
            }
            blocks.push(Block::Table {
                header: vec![
                    format!("金額の目安（{} からの基準）", a.table_from),
                    "金額".to_string(),
                ],
                rows,
            });
            blocks.push(Block::Bullets(a.explanation.clone()));
        } else {
            blocks.push(Block::Para(
                "離職前6か月の賃金（wages_6m）か月給（monthly_wage）をプロフィールに書くと、基本手当日額・総額・再就職手当の額の目安を出します".to_string(),
            ));
        }
        if let Some(extension) = &b.extension {
            blocks.push(Block::Para(format!("受給期間の延長: {extension}")));
        }
    }
    for w in &b.warnings {
        blocks.push(Block::Warning(w.clone()));
    }
    if !b.notes.is_empty() {
        blocks.push(Block::Bullets(b.notes.clone()));
    }
    blocks.push(Block::Para(format!("出典: {}", b.sources.join("／"))));
    Section {
        title: "失業給付（基本手当）のカレンダー".to_string(),
        blocks,
    }
}

fn salary_section(plan: &Plan) -> Section {
    let s = &plan.salary;
    let mut blocks = Vec::new();
    let mut facts = Vec::new();
    if let Some(c) = s.current {
        facts.push(format!("現在 {}", man_yen(c)));
    }
    if let Some(d) = s.desired {
        facts.push(format!("希望 {}", man_yen(d)));
    }
    facts.push(format!("応募先: {}", s.relation.label()));
    let verdict = match s.verdict {
        Verdict::Realistic => "現実的",
        Verdict::Stretch => "やや高め",
        Verdict::Unlikely => "難しい",
        Verdict::Unknown => "判定できません",
    };
    let strategy = match s.strategy {
        Strategy::TwoStep => "2段構え",
        Strategy::LateralSlide => "経験の横スライド",
    };
    blocks.push(Block::Para(format!(
        "{}　→ 判定: {verdict}／戦略: {strategy}",
        facts.join("、")
    )));
    blocks.push(Block::Para(s.summary.clone()));
    blocks.push(Block::Bullets(s.advice.clone()));
    blocks.push(Block::Para("根拠:".to_string()));
    blocks.push(Block::Bullets(
        s.evidence
            .iter()
            .map(|e| format!("{}（{}）", e.text, e.source))
            .collect(),
    ));
    blocks.push(Block::Para(s.method.clone()));
    Section {
        title: "年収の見通し".to_string(),
        blocks,
    }
}

fn weekly_section(plan: &Plan) -> Section {
    let w = &plan.weekly_target;
    let mut blocks = vec![Block::Para(format!(
        "{} 〜 {} の {} 週で合計 {} 社（内定の確率 {:.0}% を目指す場合）。1応募あたりの内定確率は {}。",
        w.start,
        w.apply_until,
        w.weeks,
        w.total_applications,
        w.target_probability * 100.0,
        percent(w.offer_probability_per_application)
    ))];
    let rows = w
        .stages
        .iter()
        .map(|s| {
            vec![
                s.name.to_string(),
                if s.decided > 0 {
                    format!("{}/{}", s.passed, s.decided)
                } else {
                    "—".to_string()
                },
                s.observed_rate.map_or("—".to_string(), percent),
                format!(
                    "{}（{}〜{}）",
                    percent(s.reference_typical),
                    percent(s.reference_low),
                    percent(s.reference_high)
                ),
                percent(s.estimate),
                percent(s.share_with_stage),
            ]
        })
        .collect();
    if w.in_progress > 0 {
        blocks.push(Block::Para(format!(
            "選考中の {} 社から1社以上内定する見込みは {:.0}% で、その分を差し引いています。",
            w.in_progress,
            w.in_progress_offer_probability * 100.0
        )));
    }
    blocks.push(Block::Table {
        header: [
            "段階",
            "通過/結果",
            "あなたの率",
            "参考値（幅）",
            "計算に使った率",
            "その段階がある割合",
        ]
        .map(String::from)
        .to_vec(),
        rows,
    });
    for warning in &w.warnings {
        blocks.push(Block::Warning(warning.clone()));
    }
    blocks.push(Block::Para(format!("計算方法: {}", w.method)));
    blocks.push(Block::Para(format!("参考: {}", w.comparison)));
    Section {
        title: format!("週の応募目標: 毎週 {} 社", w.per_week),
        blocks,
    }
}

fn actions_sections(plan: &Plan) -> Vec<Section> {
    let a = &plan.actions;
    let agents = Section {
        title: "登録先（5つ以上、今週中に）".to_string(),
        blocks: vec![Block::Bullets(
            a.agents
                .iter()
                .map(|g| format!("{} — {}", g.kind, g.why))
                .collect(),
        )],
    };
    let rows = a
        .items
        .iter()
        .map(|item| {
            let when = match item.end {
                Some(end) if end != item.date => format!("{} 〜 {}", item.date, end),
                _ => item.date.to_string(),
            };
            let mut what = item.title.clone();
            if item.past {
                what.push_str(match item.kind {
                    "reemployment" => "（期限切れ）",
                    "hiring-peak" => "（終了）",
                    _ => "（済）",
                });
            }
            let mut detail = item.detail.clone();
            if let Some(source) = &item.source {
                if !detail.is_empty() {
                    detail.push(' ');
                }
                let _ = write!(detail, "［{source}］");
            }
            vec![when, what, detail]
        })
        .collect();
    let schedule = Section {
        title: "予定表".to_string(),
        blocks: vec![Block::Table {
            header: ["日付", "やること", "詳細"].map(String::from).to_vec(),
            rows,
        }],
    };
    let mut q_blocks = Vec::new();
    let rows: Vec<Vec<String>> = a
        .qualifications
        .iter()
        .map(|q| {
            let cost = match (q.cost_min, q.cost_max) {
                (Some(min), Some(max)) if min == max => format!("約{}", yen(min)),
                (Some(min), Some(max)) => format!("約{}〜{}", yen(min), yen(max)),
                _ => "要確認".to_string(),
            };
            let in_time = match q.finishes_before_benefit_end {
                Some(true) => "給付中に終わる",
                Some(false) => "給付終了後",
                None => "—",
            };
            let mut note = q.notes.clone();
            if !q.age_ok {
                note.push_str("（年齢要件を満たしていません）");
            }
            vec![
                q.name.to_string(),
                q.time.clone(),
                cost,
                format!("{}（{in_time}）", q.finish_by),
                note,
            ]
        })
        .collect();
    if !rows.is_empty() {
        q_blocks.push(Block::Table {
            header: ["資格", "時間", "費用", "今日始めた場合の完了", "備考"]
                .map(String::from)
                .to_vec(),
            rows,
        });
    }
    if !a.notes.is_empty() {
        q_blocks.push(Block::Bullets(a.notes.clone()));
    }
    q_blocks.push(Block::Para(
        "出典: REFERENCE.md §6（各教習所・試験団体の公表値）".to_string(),
    ));
    let qualifications = Section {
        title: "役に立つ資格（時間と費用）".to_string(),
        blocks: q_blocks,
    };
    vec![agents, schedule, qualifications]
}

/// The few facts and this week's steps, first, so the plan can be followed without reading it all.
fn summary_section(plan: &Plan) -> Section {
    let b = &plan.benefit;
    let w = &plan.weekly_target;
    let mut bullets = Vec::new();
    match (b.eligible, b.last_payment_date) {
        (true, Some(last)) if b.days_left > 0 => bullets.push(format!(
            "基本手当: 残り {} 日、{last} まで（所定給付日数 {} 日）",
            b.days_left, b.days
        )),
        (true, Some(last)) => bullets.push(format!("基本手当: {last} で終わっている見込みです")),
        (true, None) if b.kind == BenefitKind::SeniorLumpSum => bullets.push(format!(
            "高年齢求職者給付金: 基本手当日額の {} 日分の一時金",
            b.payable_days
        )),
        (true, None) => bullets.push("基本手当: 受給期間内に受け取れる日がありません".to_string()),
        (false, _) => {
            bullets.push("基本手当: 受けられません（理由は下の「失業給付」）".to_string())
        }
    }
    if let Some(a) = &b.amounts {
        bullets.push(format!(
            "金額の目安: 基本手当日額 {}、総額 {}",
            yen_u64(a.daily),
            yen_u64(a.total)
        ));
    }
    if let Some(r) = b.reemployment.iter().find(|r| r.start_by >= plan.today) {
        let amount = r
            .amount_at_deadline
            .map(|a| format!("（約{}）", yen_u64(a)))
            .unwrap_or_default();
        bullets.push(format!(
            "再就職手当: {} までに就職すれば残り日数の {}%{amount}",
            r.start_by, r.rate_percent
        ));
    }
    bullets.push(format!(
        "応募: 毎週 {} 社、{} まで（合計 {} 社）",
        w.per_week, w.apply_until, w.total_applications
    ));
    let verdict = match plan.salary.verdict {
        Verdict::Realistic => "現実的",
        Verdict::Stretch => "やや高め",
        Verdict::Unlikely => "難しい",
        Verdict::Unknown => "未判定",
    };
    let strategy = match plan.salary.strategy {
        Strategy::TwoStep => "2段構え",
        Strategy::LateralSlide => "経験の横スライド",
    };
    bullets.push(format!("希望年収: {verdict}（戦略: {strategy}）"));
    let week_end = plan
        .today
        .checked_add(jiff::ToSpan::days(7))
        .unwrap_or(plan.today);
    let this_week: Vec<String> = plan
        .actions
        .items
        .iter()
        .filter(|a| {
            // Things to do, not events that merely happen (待期の終了, 採用の山).
            !a.past
                && !matches!(a.kind, "hiring-peak" | "benefit")
                && a.date >= plan.today
                && a.date <= week_end
        })
        .map(|a| {
            if a.date == plan.today {
                a.title.clone()
            } else {
                format!("{}（{}）", a.title, a.date)
            }
        })
        .collect();
    let mut blocks = vec![Block::Bullets(bullets)];
    if !this_week.is_empty() {
        blocks.push(Block::Para("今週やること:".to_string()));
        blocks.push(Block::Bullets(this_week));
    }
    Section {
        title: "要点".to_string(),
        blocks,
    }
}

/// The plan, with the stay-or-go advice after the summary when there is one.
pub fn render_with(
    plan: &Plan,
    stay_or_go: Option<&naitei_core::goals::GoalsReport>,
    style: Style,
) -> String {
    let mut sections = vec![summary_section(plan)];
    if let Some(report) = stay_or_go {
        let mut section = super::goals::advice_section(report);
        let out_of_work = plan.benefit.leaving_date <= plan.today;
        if !out_of_work && !report.goals.is_empty() {
            section.blocks.push(Block::Para(format!(
            "今の職場の業務 {} 行に、数字で測れる目標を {} 件提案しています（naitei goals --resume で詳しく）。",
            report.duty_lines.len(),
            report.goals.len()
        )));
        }
        sections.push(section);
    }
    sections.extend([
        benefit_section(plan),
        salary_section(plan),
        weekly_section(plan),
    ]);
    sections.extend(actions_sections(plan));
    let who = match &plan.employment_type {
        Some(kind) => format!("{}歳・{kind}", plan.age),
        None => format!("{}歳", plan.age),
    };
    render_sections(
        &format!("転職活動の計画（{} 時点・{who}）", plan.today),
        sections,
        style,
    )
}

/// iCalendar with one all-day event per action.
pub fn to_ics(plan: &Plan) -> String {
    let events: Vec<crate::ical::CalendarEvent> = plan
        .actions
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let mut description = item.detail.clone();
            if let Some(source) = &item.source {
                let _ = write!(description, "\n出典: {source}");
            }
            crate::ical::CalendarEvent {
                uid: format!("{}-{}-{i}@naitei.plan", item.date, item.kind),
                summary: item.title.clone(),
                date: item.date,
                time: None,
                last_day: Some(item.end.unwrap_or(item.date)),
                location: None,
                description: Some(description),
            }
        })
        .collect();
    crate::ical::calendar(
        "-//naitei//plan//JA",
        Some("naitei 転職活動計画"),
        plan.today,
        &events,
    )
}
