//! Text the databases can hold. SQLite keeps a NUL character, PostgreSQL refuses it (and an
//! error in the middle of a restore would leave a backup that restores on one database and not
//! on the other), and the other C0 control characters are invisible garbage in a résumé. So
//! every text value is checked here, before any SQL runs, the same way for both databases:
//! U+0000–U+001F are refused except tab, line feed and carriage return (CRLF line ends are
//! normal input). Refused, not stripped: silently changing what the user wrote is worse than
//! asking them to remove it.

use crate::{
    ApplicationData, Backup, InterviewPatch, NewDocument, NewEvent, NewGoal, NewMeasurement,
    NewQuestion, StoreError,
};

/// The first character that may not be stored, with its position (in characters, 1-based).
fn forbidden(value: &str) -> Option<(usize, char)> {
    value
        .chars()
        .enumerate()
        .find(|(_, c)| (*c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r'))
        .map(|(i, c)| (i + 1, c))
}

/// Checks one value; `field` is the field's Japanese name, as the user knows it.
pub(crate) fn check(field: &str, value: &str) -> Result<(), StoreError> {
    match forbidden(value) {
        None => Ok(()),
        Some((position, _)) => Err(StoreError::ControlCharacter {
            field: field.to_owned(),
            position,
        }),
    }
}

pub(crate) fn check_opt(field: &str, value: &Option<String>) -> Result<(), StoreError> {
    value.as_deref().map_or(Ok(()), |v| check(field, v))
}

/// Values that are checked as a whole before they are written.
pub(crate) trait CheckText {
    /// `at` names the record in messages ("" for the one being entered, "応募 #3 の" in a backup).
    fn check_text(&self, at: &str) -> Result<(), StoreError>;
}

impl CheckText for ApplicationData {
    fn check_text(&self, at: &str) -> Result<(), StoreError> {
        check(&format!("{at}会社名"), &self.company)?;
        check(&format!("{at}職種"), &self.position)?;
        check_opt(&format!("{at}応募経路の名前"), &self.channel_name)?;
        check(&format!("{at}応募日"), &self.applied_on)?;
        check_opt(&format!("{at}求人情報"), &self.posting)?;
        check_opt(&format!("{at}メモ"), &self.notes)
    }
}

impl CheckText for NewEvent {
    fn check_text(&self, at: &str) -> Result<(), StoreError> {
        check(&format!("{at}日付"), &self.on_date)?;
        check_opt(&format!("{at}メモ"), &self.note)
    }
}

impl CheckText for InterviewPatch {
    fn check_text(&self, at: &str) -> Result<(), StoreError> {
        check_opt(&format!("{at}面接日"), &self.on_date)?;
        check_opt(&format!("{at}開始時刻"), &self.start_time)?;
        check_opt(&format!("{at}面接官"), &self.interviewer_role)?;
        check_opt(&format!("{at}場所"), &self.place)
    }
}

impl CheckText for NewQuestion {
    fn check_text(&self, at: &str) -> Result<(), StoreError> {
        check(&format!("{at}質問"), &self.question)?;
        check(&format!("{at}回答"), &self.answer)?;
        check_opt(&format!("{at}メモ"), &self.memo)
    }
}

impl CheckText for NewDocument {
    fn check_text(&self, at: &str) -> Result<(), StoreError> {
        check(&format!("{at}書類の名前"), &self.label)?;
        check(&format!("{at}作成日"), &self.created_on)?;
        check(&format!("{at}本文"), &self.content)
    }
}

impl CheckText for NewGoal {
    fn check_text(&self, at: &str) -> Result<(), StoreError> {
        let fields = [
            ("元の書類", &self.source),
            ("業務", &self.duty),
            ("業務の分類", &self.family),
            ("指標", &self.metric),
            ("指標の名前", &self.metric_label),
            ("測るもの", &self.measure),
            ("単位", &self.unit),
            ("方向", &self.direction),
            ("取り組み", &self.action),
            ("取り組みの名前", &self.action_label),
            ("目標値", &self.target),
            ("期限", &self.deadline),
            ("作成日", &self.created_on),
        ];
        for (name, value) in fields {
            check(&format!("{at}{name}"), value)?;
        }
        check_opt(&format!("{at}項目"), &self.entry)
    }
}

impl CheckText for NewMeasurement {
    fn check_text(&self, at: &str) -> Result<(), StoreError> {
        check(&format!("{at}値"), &self.value)?;
        check(&format!("{at}日付"), &self.on_date)?;
        check_opt(&format!("{at}メモ"), &self.note)
    }
}

impl CheckText for Backup {
    /// Every text of a backup, before anything is restored; the message names the record.
    fn check_text(&self, _: &str) -> Result<(), StoreError> {
        for a in &self.applications {
            a.data.check_text(&format!("応募 #{} の", a.id))?;
        }
        for e in &self.stage_events {
            let at = format!("選考の記録 #{} の", e.id);
            check(&format!("{at}日付"), &e.on_date)?;
            check_opt(&format!("{at}メモ"), &e.note)?;
        }
        for i in &self.interviews {
            let at = format!("面接 #{} の", i.id);
            InterviewPatch {
                on_date: i.on_date.clone(),
                start_time: i.start_time.clone(),
                interviewer_role: i.interviewer_role.clone(),
                place: i.place.clone(),
            }
            .check_text(&at)?;
        }
        for q in &self.questions {
            let at = format!("質問 #{} の", q.id);
            check(&format!("{at}質問"), &q.question)?;
            check(&format!("{at}回答"), &q.answer)?;
            check_opt(&format!("{at}メモ"), &q.memo)?;
        }
        for d in &self.documents {
            let at = format!("書類 #{} の", d.id);
            check(&format!("{at}書類の名前"), &d.label)?;
            check(&format!("{at}作成日"), &d.created_on)?;
            check(&format!("{at}本文"), &d.content)?;
        }
        for g in &self.goals {
            g.data.check_text(&format!("目標 #{} の", g.id))?;
        }
        for m in &self.goal_measurements {
            m.data.check_text(&format!("目標の測定 #{} の", m.id))?;
        }
        for u in &self.users {
            let at = format!("利用者 #{} の", u.id);
            check(&format!("{at}ログイン名"), &u.login)?;
            check(&format!("{at}表示名"), &u.display_name)?;
            check(&format!("{at}役割"), &u.role)?;
            check_opt(&format!("{at}パスワード"), &u.password_hash)?;
            check(&format!("{at}登録日時"), &u.created_at)?;
        }
        for c in &self.comments {
            let at = format!("コメント #{} の", c.id);
            check(&format!("{at}本文"), &c.body)?;
            check(&format!("{at}日時"), &c.created_at)?;
        }
        for step in &self.next_steps {
            step.check_text(&format!("応募 #{} の", step.application_id))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_and_other_c0_controls_are_refused_with_the_field_and_position() {
        assert!(check("本文", "行1\n\t行2\r\n").is_ok());
        for bad in ["a\0b", "a\u{1}b", "a\u{1b}b", "a\u{c}b"] {
            let e = check("本文", bad).unwrap_err().to_string();
            assert!(e.contains("「本文」") && e.contains("2文字目"), "{e}");
        }
        let e = check("会社名", "株式会社\0").unwrap_err().to_string();
        assert!(e.contains("5文字目"), "{e}");
    }
}
