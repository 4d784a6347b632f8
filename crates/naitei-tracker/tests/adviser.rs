//! The adviser's side on stored data: comments carried to a new résumé version, the triage of
//! assigned seekers, and the scoring of the answers logged on an application. On SQLite, and on
//! PostgreSQL when `NAITEI_TEST_POSTGRES_URL` is set.

use jiff::civil::{Date, date};
use naitei_core::Config;
use naitei_core::plan::{Profile, benefit};
use naitei_store::{
    ApplicationData, CommentTarget, DocumentKind, InterviewPatch, NewDocument, NewQuestion, Round,
    Store, Target,
};
use naitei_tracker::{
    Attention, adviser_triage, save_version, score_application, version_comments,
};

const T: &str = "2026-11-01T09:00:00Z";
const TODAY: Date = date(2026, 11, 21);

fn doc(kind: DocumentKind, label: &str, content: &str) -> NewDocument {
    NewDocument {
        application_id: None,
        kind,
        label: label.to_owned(),
        created_on: "2026-11-01".to_owned(),
        content: content.to_owned(),
    }
}

fn app(company: &str, outcome: &str) -> ApplicationData {
    ApplicationData {
        company: company.to_owned(),
        channel: "agent".parse().unwrap(),
        relation: "same".parse().unwrap(),
        applied_on: "2026-11-01".to_owned(),
        furthest_stage: "first".parse().unwrap(),
        outcome: outcome.parse().unwrap(),
        ..ApplicationData::default()
    }
}

fn at(day: &str, time: &str) -> InterviewPatch {
    InterviewPatch {
        on_date: Some(day.to_owned()),
        start_time: Some(time.to_owned()),
        ..InterviewPatch::default()
    }
}

const PROFILE: &str = "birth_date = 1977-05-10\nleaving_date = 2026-09-30\ninsured_years = 25\n\
                       leaving_reason = \"self\"\nclaim_date = 2026-10-05\n";

async fn carry_and_triage(target: Target) {
    let store = Store::open(&target).await.unwrap();
    let user = |login: &'static str, role: &'static str| {
        let store = &store;
        async move {
            store
                .create_user(login, login, role, "hash", T)
                .await
                .unwrap()
        }
    };
    let adv = user("adv", "adviser").await;
    let other_adv = user("adv2", "adviser").await;
    let reviewing = user("reviewing", "seeker").await;
    let interviewing = user("interviewing", "seeker").await;
    let claiming = user("claiming", "seeker").await;
    let calm = user("calm", "seeker").await;
    for login in ["reviewing", "interviewing", "claiming", "calm"] {
        store.assign_adviser("adv", login).await.unwrap();
    }

    // Carry-over: the first version has nothing before it.
    let v1 = save_version(
        &store,
        reviewing,
        &doc(
            DocumentKind::Resume,
            "第1版",
            "職務要約\n営業を10年\n売上を伸ばした\n自己PR",
        ),
    )
    .await
    .unwrap();
    assert_eq!(v1.previous, None);
    let comment = |document_id: i64, line: i64, body: &'static str| {
        let store = &store;
        async move {
            store
                .add_comment(
                    adv,
                    &CommentTarget::DocumentLine { document_id, line },
                    body,
                    T,
                )
                .await
                .unwrap()
        }
    };
    let on_kept = comment(v1.id, 2, "年数の根拠を").await;
    let on_changed = comment(v1.id, 3, "数字を入れて").await;

    // Version 2 (as applying the safe fixes would save it): a line inserted above, line 3 rewritten.
    let v2 = save_version(
        &store,
        reviewing,
        &doc(
            DocumentKind::Resume,
            "第2版",
            "職務要約\n法人向けの提案営業\n営業を10年\n売上を前年比120%に伸ばした\n自己PR",
        ),
    )
    .await
    .unwrap();
    assert_eq!(v2.previous, Some(v1.id));
    assert_eq!(
        v2.carried
            .iter()
            .map(|c| (c.id, c.line))
            .collect::<Vec<_>>(),
        [(on_kept, Some(3))]
    );
    assert_eq!(
        v2.left_behind.iter().map(|c| c.id).collect::<Vec<_>>(),
        [on_changed]
    );
    let v2_doc = store.document(v2.id).await.unwrap().unwrap();
    let shown = version_comments(&store, reviewing, &v2_doc).await.unwrap();
    assert_eq!(
        shown
            .on_this
            .iter()
            .map(|c| (c.id, c.document_id, c.line))
            .collect::<Vec<_>>(),
        [(on_kept, Some(v2.id), Some(3))]
    );
    assert_eq!(shown.earlier.len(), 1);
    let earlier = &shown.earlier[0];
    assert_eq!(
        (
            earlier.comment.id,
            earlier.document_id,
            earlier.label.as_str()
        ),
        (on_changed, v1.id, "第1版")
    );
    assert_eq!(earlier.line_text, "売上を伸ばした");
    // The first version shows its remaining comment, never the later version's.
    let v1_doc = store.document(v1.id).await.unwrap().unwrap();
    let shown = version_comments(&store, reviewing, &v1_doc).await.unwrap();
    assert_eq!(
        shown.on_this.iter().map(|c| c.id).collect::<Vec<_>>(),
        [on_changed]
    );
    assert!(shown.earlier.is_empty());
    // The carried comment still counts as written on version 1.
    assert_eq!(
        store
            .last_commented_version(adv, reviewing, DocumentKind::Resume)
            .await
            .unwrap(),
        Some(v1.id)
    );

    // An interview tomorrow, and one of a closed application (ignored).
    let open = store
        .add_application_for(interviewing, &app("明日面接社", "pending"))
        .await
        .unwrap();
    store
        .upsert_interview(open, Round::Second, &at("2026-11-22", "10:00"))
        .await
        .unwrap();
    store
        .upsert_interview(open, Round::First, &at("2026-11-10", "10:00"))
        .await
        .unwrap();
    let closed = store
        .add_application_for(interviewing, &app("不合格社", "failed"))
        .await
        .unwrap();
    store
        .upsert_interview(closed, Round::Final, &at("2026-11-21", "09:00"))
        .await
        .unwrap();

    // A stored plan: the nearest deadline of the benefit calendar.
    store
        .add_document_for(
            claiming,
            &doc(DocumentKind::Profile, "プロフィール", PROFILE),
        )
        .await
        .unwrap();
    let expected = benefit::compute(&Profile::from_toml(PROFILE).unwrap(), TODAY);
    let expected_date = expected.reemployment_70_until.unwrap();
    assert!(expected_date > date(2026, 11, 28));

    // Commented by the adviser on its only version; the stored plan is broken.
    let c1 = save_version(
        &store,
        calm,
        &doc(DocumentKind::Resume, "第1版", "職務要約\n\n経理5年"),
    )
    .await
    .unwrap();
    comment(c1.id, 1, "よい要約です").await;
    store
        .add_document_for(
            calm,
            &doc(DocumentKind::Profile, "プロフィール", "birth_date = ???"),
        )
        .await
        .unwrap();

    let list = adviser_triage(&store, adv, TODAY).await.unwrap();
    let order: Vec<(&str, Attention)> = list
        .iter()
        .map(|t| (t.seeker.login.as_str(), t.attention))
        .collect();
    assert_eq!(
        order,
        [
            ("interviewing", Attention::Urgent),
            ("reviewing", Attention::Review),
            ("claiming", Attention::Upcoming),
            ("calm", Attention::Calm),
        ]
    );
    let interview = list[0].next_interview.as_ref().unwrap();
    assert_eq!(
        (
            interview.company.as_str(),
            interview.round.as_str(),
            interview.days_until
        ),
        ("明日面接社", "二次面接", 1)
    );
    assert!(
        list[0].reasons[0].starts_with("明日に二次面接"),
        "{:?}",
        list[0].reasons
    );

    let resume = list[1].resume.as_ref().unwrap();
    assert!(resume.new_since_last_comment);
    assert_eq!(
        (resume.versions, resume.lines, resume.uncommented_lines),
        (2, 5, 4)
    );

    let deadline = list[2].benefit_deadline.as_ref().unwrap();
    assert_eq!(deadline.date, expected_date);
    assert!(
        deadline.what.contains("再就職手当 70%"),
        "{}",
        deadline.what
    );
    assert!(list[2].resume.is_none());

    let calm_entry = &list[3];
    let resume = calm_entry.resume.as_ref().unwrap();
    assert!(!resume.new_since_last_comment);
    assert_eq!((resume.lines, resume.uncommented_lines), (2, 1));
    assert!(calm_entry.plan_unreadable);
    // Every reason is Japanese prose, never a code.
    for t in &list {
        for r in &t.reasons {
            assert!(!r.contains("pending") && !r.contains("second"), "{r}");
        }
    }

    // Another adviser sees none of these seekers.
    assert!(
        adviser_triage(&store, other_adv, TODAY)
            .await
            .unwrap()
            .is_empty()
    );
    store.close().await;
}

#[tokio::test]
async fn comments_carry_and_the_adviser_triage() {
    naitei_store::testing::on_backends("tracker_adviser", carry_and_triage).await;
}

async fn scored(target: Target) {
    let store = Store::open(&target).await.unwrap();
    let id = store
        .add_application_for(1, &app("採点社", "pending"))
        .await
        .unwrap();
    let ask =
        |round: &'static str, kind: &'static str, question: &'static str, answer: &'static str| {
            let store = &store;
            async move {
                store
                    .add_question(
                        id,
                        round.parse().unwrap(),
                        &InterviewPatch::default(),
                        &NewQuestion {
                            kind: kind.parse().unwrap(),
                            question: question.to_owned(),
                            answer: answer.to_owned(),
                            memo: None,
                        },
                    )
                    .await
                    .unwrap()
                    .1
            }
        };
    // Logged out of order: the final round first.
    let last = ask("final", "reason", "転職理由は", "正社員になりたいです。").await;
    let strong = ask(
        "first",
        "pr",
        "自己PRをどうぞ",
        "店長として廃棄率を下げる仕組みを作り、利益率を2ポイント改善しました。御社の新店舗でも、数字を見ながら運営を改善していけます。",
    )
    .await;
    ask("first", "other", "趣味は", "").await; // no answer: left out

    let result = score_application(&store, id, &Config::default(), None)
        .await
        .unwrap();
    let ids: Vec<i64> = result
        .answers
        .iter()
        .map(|a| a.logged.question_id)
        .collect();
    assert_eq!(ids, [strong, last], "round order, unanswered left out");
    assert_eq!(result.answers[0].logged.round_label, "一次面接");
    let (good, weak) = (&result.answers[0].review, &result.answers[1].review);
    assert!(!good.weak && weak.weak);
    assert!(good.score > weak.score);
    assert_eq!(result.weak().count(), 1);
    // One pair of rounds checked for consistency.
    assert_eq!(result.consistency.len(), 1);
    assert_eq!(
        (
            result.consistency[0].first.as_str(),
            result.consistency[0].second.as_str()
        ),
        ("一次面接", "最終面接")
    );
    store.close().await;
}

#[tokio::test]
async fn logged_answers_are_scored() {
    naitei_store::testing::on_backends("tracker_answers", scored).await;
}
