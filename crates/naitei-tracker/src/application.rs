//! An application's fields: typed ([`Application`]) for the CLI, as text ([`ApplicationInput`])
//! for forms and the API; both end in the same checks and the same stored row.

use jiff::civil::Date;
use naitei_core::funnel::{Channel, Outcome, Relation, Stage};
use naitei_store::ApplicationData;
use serde::{Deserialize, Serialize};

use crate::fields;

/// An application's fields, checked one by one.
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    pub company: String,
    pub position: String,
    pub channel: Channel,
    /// The agent or site name.
    pub channel_name: Option<String>,
    pub relation: Relation,
    pub applied_on: Date,
    /// 万円.
    pub offered_salary: Option<i64>,
    pub posting: Option<String>,
    pub notes: Option<String>,
    pub furthest_stage: Stage,
    pub outcome: Outcome,
}

impl Application {
    /// A new application: at 書類選考, pending.
    pub fn new(
        company: &str,
        channel: (Channel, Option<String>),
        relation: Relation,
        applied_on: Date,
    ) -> Application {
        Application {
            company: company.trim().to_owned(),
            position: String::new(),
            channel: channel.0,
            channel_name: channel.1,
            relation,
            applied_on,
            offered_salary: None,
            posting: None,
            notes: None,
            furthest_stage: Stage::Document,
            outcome: Outcome::Pending,
        }
    }

    /// The fields of a stored row; a code outside the vocabulary is an error.
    pub fn from_data(d: &ApplicationData) -> Result<Application, String> {
        Ok(Application {
            company: d.company.clone(),
            position: d.position.clone(),
            channel: d.channel,
            channel_name: d.channel_name.clone(),
            relation: d.relation,
            applied_on: fields::date(&d.applied_on)?,
            offered_salary: d.offered_salary,
            posting: d.posting.clone(),
            notes: d.notes.clone(),
            furthest_stage: d.furthest_stage,
            outcome: d.outcome,
        })
    }

    /// The row to store, after the checks that concern several fields.
    pub fn into_data(self) -> Result<ApplicationData, String> {
        let company = fields::company(&self.company)?;
        fields::check_outcome(self.furthest_stage, self.outcome)?;
        if let Some(s) = self.offered_salary
            && !(0..=naitei_core::text::number::MAX_MAN_YEN).contains(&s)
        {
            return Err(format!("年収 {s}万円 は受け付けられません（0〜10億円）"));
        }
        Ok(ApplicationData {
            company,
            position: self.position.trim().to_owned(),
            channel: self.channel,
            channel_name: self.channel_name.and_then(|n| fields::opt(&n)),
            relation: self.relation,
            applied_on: self.applied_on.to_string(),
            furthest_stage: self.furthest_stage,
            outcome: self.outcome,
            offered_salary: self.offered_salary,
            posting: self.posting.and_then(|p| fields::opt(&p)),
            notes: self.notes.and_then(|n| fields::opt(&n)),
        })
    }
}

/// The fields of an application as entered in a form or sent to the API. Empty strings are
/// "not given"; codes or Japanese names are accepted (`agent` or `転職エージェント`).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationInput {
    /// 会社名（必須）
    #[serde(default)]
    pub company: String,
    #[serde(default)]
    pub position: String,
    /// hellowork | agent | scout | direct | referral（`agent:NAME` も可）
    #[serde(default)]
    pub channel: String,
    /// エージェント名・スカウトサイト名
    #[serde(default)]
    pub channel_name: String,
    /// same | same-job | adjacent | new
    #[serde(default)]
    pub relation: String,
    /// 応募日（YYYY-MM-DD、2024/4/1、令和6年4月1日、R6.4.1）。空なら今日
    #[serde(default)]
    pub applied_on: String,
    /// 提示年収（万円。450、450万円、４５０）
    #[serde(default)]
    pub offered_salary: String,
    #[serde(default)]
    pub posting: String,
    #[serde(default)]
    pub notes: String,
    /// 編集時のみ: document | first | second | final | offer
    #[serde(default)]
    pub furthest_stage: String,
    /// 編集時のみ: pending | failed | withdrawn | accepted | declined
    #[serde(default)]
    pub outcome: String,
}

/// Validation messages per field, in Japanese.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct FieldErrors(pub Vec<(String, String)>);

impl FieldErrors {
    fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0.push((field.to_owned(), message.into()));
    }
}

impl std::fmt::Display for FieldErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let messages: Vec<&str> = self.0.iter().map(|(_, m)| m.as_str()).collect();
        f.write_str(&messages.join("／"))
    }
}

impl ApplicationInput {
    pub fn from_data(d: &ApplicationData) -> Self {
        ApplicationInput {
            company: d.company.clone(),
            position: d.position.clone(),
            channel: d.channel.code().to_owned(),
            channel_name: d.channel_name.clone().unwrap_or_default(),
            relation: d.relation.code().to_owned(),
            applied_on: d.applied_on.clone(),
            offered_salary: d.offered_salary.map(|s| s.to_string()).unwrap_or_default(),
            posting: d.posting.clone().unwrap_or_default(),
            notes: d.notes.clone().unwrap_or_default(),
            furthest_stage: d.furthest_stage.code().to_owned(),
            outcome: d.outcome.code().to_owned(),
        }
    }

    /// Checks every field; on success the row to store (codes, ISO dates, 万円).
    /// `current` is the application being edited (its stage and outcome are kept unless given).
    pub fn validate(
        &self,
        today: Date,
        current: Option<&ApplicationData>,
    ) -> Result<ApplicationData, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut field = |name: &str, r: Result<(), String>| {
            if let Err(m) = r {
                errors.add(name, m);
            }
        };
        let company = self.company.trim().to_owned();
        field(
            "company",
            fields::company(&company)
                .map(|_| ())
                .map_err(|m| m.replace("会社名が空です", "会社名を入力してください")),
        );
        let (channel, mut channel_name) = match fields::channel(&self.channel) {
            Ok(c) => c,
            Err(e) => {
                field("channel", Err(format!("応募経路を選んでください（{e}）")));
                (Channel::Direct, None)
            }
        };
        if let Some(n) = fields::opt(&self.channel_name) {
            channel_name = Some(n);
        }
        let relation =
            fields::code::<Relation>("経験との関係", &self.relation).unwrap_or_else(|e| {
                field(
                    "relation",
                    Err(format!("経験との関係を選んでください（{e}）")),
                );
                Relation::Same
            });
        let applied_on = match fields::opt(&self.applied_on) {
            None => today,
            Some(s) => fields::date(&s).unwrap_or_else(|m| {
                field("applied_on", Err(format!("応募日: {m}")));
                today
            }),
        };
        let offered_salary = fields::salary(&self.offered_salary).unwrap_or_else(|m| {
            field("offered_salary", Err(m));
            None
        });
        let furthest_stage = match fields::opt(&self.furthest_stage) {
            Some(s) => fields::code::<Stage>("段階", &s).unwrap_or_else(|m| {
                field("furthest_stage", Err(m));
                Stage::Document
            }),
            None => current.map_or(Stage::Document, |c| c.furthest_stage),
        };
        let outcome = match fields::opt(&self.outcome) {
            Some(s) => fields::code::<Outcome>("状況", &s).unwrap_or_else(|m| {
                field("outcome", Err(m));
                Outcome::Pending
            }),
            None => current.map_or(Outcome::Pending, |c| c.outcome),
        };
        let app = Application {
            company,
            position: self.position.clone(),
            channel,
            channel_name,
            relation,
            applied_on,
            offered_salary,
            posting: fields::opt(&self.posting),
            notes: fields::opt(&self.notes),
            furthest_stage,
            outcome,
        };
        if !errors.0.is_empty() {
            return Err(errors);
        }
        app.into_data().map_err(|m| {
            let mut errors = FieldErrors::default();
            errors.add("outcome", m);
            errors
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_and_typed_fields_give_the_same_row() {
        let today = jiff::civil::date(2024, 5, 1);
        let form = ApplicationInput {
            company: " 株式会社テスト ".into(),
            channel: "agent:リクルート".into(),
            relation: "same".into(),
            applied_on: "R6.4.1".into(),
            offered_salary: "４５０".into(),
            ..ApplicationInput::default()
        };
        let mut typed = Application::new(
            "株式会社テスト",
            (Channel::Agent, Some("リクルート".into())),
            Relation::Same,
            jiff::civil::date(2024, 4, 1),
        );
        typed.offered_salary = Some(450);
        assert_eq!(
            form.validate(today, None).unwrap(),
            typed.into_data().unwrap()
        );
    }

    #[test]
    fn every_bad_field_is_named() {
        let form = ApplicationInput {
            applied_on: "令和0年1月1日".into(),
            offered_salary: "-1".into(),
            ..ApplicationInput::default()
        };
        let errors = form
            .validate(jiff::civil::date(2024, 5, 1), None)
            .unwrap_err();
        let names: Vec<&str> = errors.0.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            names,
            [
                "company",
                "channel",
                "relation",
                "applied_on",
                "offered_salary"
            ]
        );
    }
}
