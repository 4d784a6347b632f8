//! Store tests. Each runs on SQLite (a temporary file) and, when `NAITEI_TEST_POSTGRES_URL` is
//! set, on PostgreSQL in a schema of its own (created here, dropped afterwards), so tests can run
//! in parallel without seeing each other's rows.

use naitei_store::{
    ApplicationData, Backend, Backup, DocumentKind, InterviewPatch, ListFilter, Migrations,
    NewDocument, NewEvent, NewGoal, NewMeasurement, NewQuestion, Outcome, QuestionKind, Round,
    Stage, Store, StoreError, Target,
};

fn app(company: &str, channel: &str, stage: &str, outcome: &str) -> ApplicationData {
    ApplicationData {
        company: company.to_owned(),
        position: "営業".to_owned(),
        channel: channel.parse().unwrap(),
        channel_name: (channel == "agent").then(|| "doda".to_owned()),
        relation: "same-job".parse().unwrap(),
        applied_on: "2024-04-01".to_owned(),
        furthest_stage: stage.parse().unwrap(),
        outcome: outcome.parse().unwrap(),
        offered_salary: Some(450),
        posting: Some("https://example.com/jobs/1".to_owned()),
        notes: None,
    }
}

use naitei_store::testing::on_backends;

#[tokio::test]
async fn applications_are_added_listed_filtered_updated_and_removed() {
    on_backends("crud", |target| async move {
        let store = Store::open(&target).await.unwrap();
        let a = store.add_application(&app("A社", "hellowork", "document", "pending")).await.unwrap();
        let b = store.add_application(&app("B社", "agent", "first", "failed")).await.unwrap();
        let c = store.add_application(&app("C社", "agent", "second", "pending")).await.unwrap();
        assert_ne!(a, b);

        let all = store.list_applications(&ListFilter::default()).await.unwrap();
        assert_eq!(all.iter().map(|x| x.id).collect::<Vec<_>>(), [a, b, c]);
        assert_eq!(all[1].data, app("B社", "agent", "first", "failed"));

        let agent = ListFilter { channel: Some("agent".parse().unwrap()), ..Default::default() };
        assert_eq!(store.list_applications(&agent).await.unwrap().len(), 2);
        let agent_first = ListFilter { stage: Some(Stage::First), ..agent.clone() };
        let rows = store.list_applications(&agent_first).await.unwrap();
        assert_eq!(rows.iter().map(|x| x.id).collect::<Vec<_>>(), [b]);

        let mut changed = app("A社", "direct", "document", "withdrawn");
        changed.notes = Some("条件が合わない".into());
        changed.offered_salary = None;
        store.update_application(a, &changed).await.unwrap();
        assert_eq!(store.application(a).await.unwrap().data, changed);

        store.record_event(c, &event("first", "passed"), Stage::Second, Outcome::Pending, None).await.unwrap();
        store
            .add_question(c, Round::First, &InterviewPatch::default(), &question("転職理由は？"))
            .await
            .unwrap();
        store.remove_application(c).await.unwrap();
        assert!(matches!(store.application(c).await, Err(StoreError::ApplicationNotFound(id)) if id == c));
        let backup = store.backup().await.unwrap();
        assert!(backup.stage_events.is_empty() && backup.interviews.is_empty() && backup.questions.is_empty());
        assert!(matches!(store.remove_application(c).await, Err(StoreError::ApplicationNotFound(_))));
        assert!(matches!(
            store.update_application(999, &changed).await,
            Err(StoreError::ApplicationNotFound(999))
        ));
        store.close().await;
    })
    .await;
}

fn event(stage: &str, result: &str) -> NewEvent {
    NewEvent {
        stage: stage.parse().unwrap(),
        on_date: "2024-04-10".to_owned(),
        result: result.parse().unwrap(),
        note: None,
    }
}

fn question(q: &str) -> NewQuestion {
    NewQuestion {
        kind: QuestionKind::Reason,
        question: q.to_owned(),
        answer: "顧客対応の経験を活かし、提案の幅を広げたいからです".to_owned(),
        memo: Some("数字を入れ忘れた".to_owned()),
    }
}

#[tokio::test]
async fn events_interviews_and_questions_are_kept_in_order() {
    on_backends("events", |target| async move {
        let store = Store::open(&target).await.unwrap();
        let id = store
            .add_application(&app("A社", "direct", "document", "pending"))
            .await
            .unwrap();
        store
            .record_event(
                id,
                &event("document", "passed"),
                Stage::First,
                Outcome::Pending,
                None,
            )
            .await
            .unwrap();
        let patch = InterviewPatch {
            on_date: Some("2024-04-20".into()),
            start_time: Some("14:00".into()),
            interviewer_role: Some("人事".into()),
            place: None,
        };
        store
            .record_event(
                id,
                &event("first", "pending"),
                Stage::First,
                Outcome::Pending,
                Some((Round::First, &patch)),
            )
            .await
            .unwrap();
        let a = store.application(id).await.unwrap();
        assert_eq!(
            (a.data.furthest_stage.as_str(), a.data.outcome.as_str()),
            ("first", "pending")
        );
        let events = store.events(id).await.unwrap();
        assert_eq!(
            events.iter().map(|e| e.result.as_str()).collect::<Vec<_>>(),
            ["passed", "pending"]
        );

        // A second question in the same round reuses the interview and keeps its date.
        let only_place = InterviewPatch {
            place: Some("オンライン".into()),
            ..Default::default()
        };
        let (i1, _) = store
            .add_question(id, Round::First, &only_place, &question("転職理由は？"))
            .await
            .unwrap();
        let (i2, _) = store
            .add_question(
                id,
                Round::First,
                &InterviewPatch::default(),
                &question("志望動機は？"),
            )
            .await
            .unwrap();
        assert_eq!(i1.id, i2.id);
        assert_eq!(i2.on_date.as_deref(), Some("2024-04-20"));
        assert_eq!(i2.place.as_deref(), Some("オンライン"));
        assert_eq!(i2.interviewer_role.as_deref(), Some("人事"));
        let qs = store.questions(i1.id).await.unwrap();
        assert_eq!(
            qs.iter().map(|q| q.question.as_str()).collect::<Vec<_>>(),
            ["転職理由は？", "志望動機は？"]
        );

        let week = store
            .scheduled_interviews("2024-04-15", "2024-04-21")
            .await
            .unwrap();
        assert_eq!(week.len(), 1);
        assert_eq!(week[0].company, "A社");
        assert!(
            store
                .scheduled_interviews("2024-04-21", "2024-04-30")
                .await
                .unwrap()
                .is_empty()
        );

        assert!(matches!(
            store
                .add_question(
                    999,
                    Round::First,
                    &InterviewPatch::default(),
                    &question("x")
                )
                .await,
            Err(StoreError::ApplicationNotFound(999))
        ));
        assert!(matches!(
            store
                .record_event(
                    999,
                    &event("first", "failed"),
                    Stage::First,
                    Outcome::Failed,
                    None
                )
                .await,
            Err(StoreError::ApplicationNotFound(999))
        ));
        store.close().await;
    })
    .await;
}

fn goal(measure: &str) -> NewGoal {
    NewGoal {
        source: "resume.md".into(),
        line: 31,
        duty: "請求書の発行および入金管理に従事".into(),
        family: "accounting".into(),
        entry: Some("acct-invoice".into()),
        metric: "errors".into(),
        metric_label: "ミス件数".into(),
        measure: measure.into(),
        unit: "件/月".into(),
        direction: "down".into(),
        action: "checklist".into(),
        action_label: "チェックリスト化".into(),
        target: "基準値から50〜80%減らす".into(),
        deadline: "2027-02-13".into(),
        created_on: "2026-11-21".into(),
    }
}

fn measurement(kind: &str, value: &str, on: &str) -> NewMeasurement {
    NewMeasurement {
        kind: kind.parse().unwrap(),
        value: value.into(),
        on_date: on.into(),
        note: None,
    }
}

async fn fill(store: &Store) {
    let a = store
        .add_application(&app("A社", "agent", "document", "pending"))
        .await
        .unwrap();
    let b = store
        .add_application(&app("B社「引用」, カンマ", "scout", "final", "failed"))
        .await
        .unwrap();
    store
        .record_event(
            b,
            &event("first", "passed"),
            Stage::Second,
            Outcome::Pending,
            None,
        )
        .await
        .unwrap();
    store
        .add_question(
            b,
            Round::Second,
            &InterviewPatch {
                on_date: Some("2024-05-01".into()),
                ..Default::default()
            },
            &question("改行\nを含む質問"),
        )
        .await
        .unwrap();
    store
        .set_next_step(b, Some(("お礼のメールを送る", Some("2024-05-02"))))
        .await
        .unwrap();
    store
        .add_document(&NewDocument {
            application_id: Some(a),
            kind: DocumentKind::Resume,
            label: "v2 営業向け".into(),
            created_on: "2024-03-30".into(),
            content: "# 職務経歴書\n- 新規開拓で売上前年比120%".into(),
        })
        .await
        .unwrap();
    // A gap in the ids must survive the round trip too.
    let c = store
        .add_application(&app("C社", "direct", "offer", "accepted"))
        .await
        .unwrap();
    store.remove_application(a).await.unwrap();
    let _ = c;
    // Goals with measurements; a removed goal leaves a gap in the ids.
    let ids = store
        .add_goals(&[
            goal("請求書の記載ミス"),
            goal("請求書の作成"),
            goal("入金消込の作業"),
        ])
        .await
        .unwrap();
    store
        .add_measurement(ids[0], &measurement("baseline", "8", "2026-11-24"))
        .await
        .unwrap();
    store
        .add_measurement(ids[0], &measurement("result", "1.5", "2027-02-10"))
        .await
        .unwrap();
    store.remove_goal(ids[1]).await.unwrap();
}

#[tokio::test]
async fn a_backup_restores_exactly() {
    on_backends("backup", |target| async move {
        let source_dir = tempfile::tempdir().unwrap();
        let source = Store::open(&Target::SqliteFile(source_dir.path().join("src.db")))
            .await
            .unwrap();
        fill(&source).await;
        let backup = source.backup().await.unwrap();
        assert_eq!(backup.applications.len(), 2);
        assert_eq!(backup.documents[0].application_id, None);
        assert_eq!(backup.goals.len(), 2);
        assert_eq!(backup.goal_measurements.len(), 2);
        assert_eq!(backup.next_steps.len(), 1);

        let store = Store::open(&target).await.unwrap();
        store.restore(&backup, false).await.unwrap();
        let restored = store.backup().await.unwrap();
        assert_eq!(restored, backup);
        // JSON text round trip as well.
        let json = serde_json::to_string(&backup).unwrap();
        assert_eq!(serde_json::from_str::<Backup>(&json).unwrap(), restored);

        // New rows continue after the restored ids.
        let next = store
            .add_application(&app("D社", "direct", "document", "pending"))
            .await
            .unwrap();
        assert!(next > backup.applications.iter().map(|a| a.id).max().unwrap());

        assert!(matches!(
            store.restore(&backup, false).await,
            Err(StoreError::NotEmpty(3))
        ));
        store.restore(&backup, true).await.unwrap();
        assert_eq!(store.backup().await.unwrap(), backup);
        store.close().await;
        source.close().await;
    })
    .await;
}

#[tokio::test]
async fn a_failed_restore_leaves_the_database_as_it_was() {
    on_backends("restore-atomic", |target| async move {
        let store = Store::open(&target).await.unwrap();
        fill(&store).await;
        let before = store.backup().await.unwrap();
        let mut broken = before.clone();
        // A duplicate question id: the insert fails after the deletes and many inserts.
        let dup = broken.questions[0].clone();
        broken.questions.push(dup);
        assert!(store.restore(&broken, true).await.is_err());
        assert_eq!(store.backup().await.unwrap(), before);
        store.close().await;
    })
    .await;
}

#[tokio::test]
async fn many_rows_are_added_in_one_transaction() {
    on_backends("bulk", |target| async move {
        let store = Store::open(&target).await.unwrap();
        let rows: Vec<_> = (0..250)
            .map(|i| app(&format!("会社{i}"), "direct", "document", "failed"))
            .collect();
        let ids = store.add_applications(&rows).await.unwrap();
        assert_eq!(ids.len(), 250);
        assert_eq!(store.count_applications().await.unwrap(), 250);
        store.close().await;
    })
    .await;
}

#[tokio::test]
async fn two_pools_writing_at_once_lose_nothing() {
    on_backends("concurrent", |target| async move {
        let one = Store::open(&target).await.unwrap();
        let two = Store::open(&target).await.unwrap();
        let write = |store: Store, who: &'static str| async move {
            for i in 0..60 {
                let id = store
                    .add_application(&app(&format!("{who}{i}"), "direct", "document", "pending"))
                    .await
                    .unwrap();
                store
                    .record_event(
                        id,
                        &event("document", "passed"),
                        Stage::First,
                        Outcome::Pending,
                        None,
                    )
                    .await
                    .unwrap();
                store
                    .add_applications(&[
                        app("x", "direct", "document", "failed"),
                        app("y", "direct", "document", "failed"),
                    ])
                    .await
                    .unwrap();
            }
        };
        let a = tokio::spawn(write(one.clone(), "A"));
        let b = tokio::spawn(write(two.clone(), "B"));
        a.await.unwrap();
        b.await.unwrap();
        assert_eq!(one.count_applications().await.unwrap(), 2 * 60 * 3);
        assert_eq!(one.backup().await.unwrap().stage_events.len(), 2 * 60);
        one.close().await;
        two.close().await;
    })
    .await;
}

#[tokio::test]
async fn migrations_run_forward_from_the_first_schema() {
    on_backends("migrate", |target| async move {
        let old = Store::open_with(&target, Migrations::UpTo(1))
            .await
            .unwrap();
        // The first schema has no interviews table yet.
        assert!(
            sqlx::query("SELECT COUNT(*) FROM interviews")
                .fetch_one(old.pool())
                .await
                .is_err()
        );
        sqlx::query(
            "INSERT INTO applications (company, position, channel, relation, applied_on) \
             VALUES ('旧データ社', '事務', 'hellowork', 'same', '2023-10-01')",
        )
        .execute(old.pool())
        .await
        .unwrap();
        old.close().await;

        let store = Store::open(&target).await.unwrap();
        let apps = store
            .list_applications(&ListFilter::default())
            .await
            .unwrap();
        assert_eq!(apps.len(), 1);
        assert_eq!(apps[0].data.company, "旧データ社");
        assert_eq!(
            (
                apps[0].data.furthest_stage.as_str(),
                apps[0].data.outcome.as_str()
            ),
            ("document", "pending")
        );
        let (interview, _) = store
            .add_question(
                apps[0].id,
                Round::First,
                &InterviewPatch::default(),
                &question("自己紹介をどうぞ"),
            )
            .await
            .unwrap();
        assert_eq!(store.questions(interview.id).await.unwrap().len(), 1);
        // Opening again is a no-op.
        store.close().await;
        let again = Store::open(&target).await.unwrap();
        assert_eq!(again.count_applications().await.unwrap(), 1);
        again.close().await;
    })
    .await;
}

#[tokio::test]
async fn a_corrupt_sqlite_file_is_named_in_the_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.db");
    std::fs::write(
        &path,
        b"this is not a database, just some text written over it ".repeat(200),
    )
    .unwrap();
    let err = Store::open(&Target::SqliteFile(path.clone()))
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains(&path.display().to_string()), "{msg}");
    assert!(msg.contains("壊れている"), "{msg}");
}

#[tokio::test]
async fn sqlite_uses_wal_and_waits_for_writers() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&Target::SqliteFile(dir.path().join("w.db")))
        .await
        .unwrap();
    assert_eq!(store.backend(), Backend::Sqlite);
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(mode.to_lowercase(), "wal");
    let timeout: i64 = sqlx::query_scalar("PRAGMA busy_timeout")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert!(timeout >= 5000, "{timeout}");
    store.close().await;
}

#[tokio::test]
async fn funnel_rows_carry_what_diagnose_needs() {
    on_backends("funnel-rows", |target| async move {
        let store = Store::open(&target).await.unwrap();
        assert!(store.funnel_rows().await.unwrap().is_empty());
        store
            .add_application(&app("A社", "agent", "second", "failed"))
            .await
            .unwrap();
        let mut b = app("B社", "hellowork", "document", "pending");
        b.offered_salary = None;
        b.relation = "new".parse().unwrap();
        store.add_application(&b).await.unwrap();
        let mut rows = store.funnel_rows().await.unwrap();
        rows.sort_by(|x, y| x.channel.cmp(&y.channel));
        assert_eq!(rows.len(), 2);
        assert_eq!(
            (
                rows[0].furthest_stage.as_str(),
                rows[0].outcome.as_str(),
                rows[0].channel.as_str(),
                rows[0].relation.as_str(),
                rows[0].offered_salary
            ),
            ("second", "failed", "agent", "same-job", Some(450))
        );
        assert_eq!(
            (rows[1].relation.as_str(), rows[1].offered_salary),
            ("new", None)
        );
        store.close().await;
    })
    .await;
}

#[tokio::test]
async fn goals_keep_their_measurements_in_date_order() {
    on_backends("goals", |target| async move {
        let store = Store::open(&target).await.unwrap();
        let ids = store
            .add_goals(&[goal("請求書の記載ミス"), goal("請求書の作成")])
            .await
            .unwrap();
        assert_eq!(ids.len(), 2);
        // Recorded out of order: listed by date.
        store
            .add_measurement(ids[0], &measurement("result", "1", "2027-02-10"))
            .await
            .unwrap();
        store
            .add_measurement(ids[0], &measurement("baseline", "8", "2026-11-24"))
            .await
            .unwrap();
        let ms = store.measurements(ids[0]).await.unwrap();
        let kinds: Vec<_> = ms.iter().map(|m| m.data.kind.as_str()).collect();
        assert_eq!(kinds, ["baseline", "result"]);
        assert_eq!(ms[0].data.value, "8");
        assert_eq!(
            store.goal(ids[1]).await.unwrap().data.measure,
            "請求書の作成"
        );
        assert!(matches!(
            store
                .add_measurement(999, &measurement("result", "1", "2027-01-01"))
                .await,
            Err(StoreError::GoalNotFound(999))
        ));
        store.remove_goal(ids[0]).await.unwrap();
        assert!(store.measurements(ids[0]).await.unwrap().is_empty());
        assert!(matches!(
            store.goal(ids[0]).await,
            Err(StoreError::GoalNotFound(_))
        ));
        assert!(matches!(
            store.remove_goal(ids[0]).await,
            Err(StoreError::GoalNotFound(_))
        ));
        assert_eq!(store.goals().await.unwrap().len(), 1);

        // A database with goals is not silently overwritten by a restore.
        let backup = store.backup().await.unwrap();
        assert!(matches!(
            store.restore(&backup, false).await,
            Err(StoreError::GoalsNotEmpty(1))
        ));
        store.close().await;
    })
    .await;
}

#[test]
fn a_backup_written_before_goals_existed_still_reads() {
    let json = r#"{"format":"naitei-backup","version":1,"applications":[],"stage_events":[],
        "interviews":[],"questions":[],"documents":[]}"#;
    let backup: Backup = serde_json::from_str(json).unwrap();
    assert!(backup.goals.is_empty() && backup.goal_measurements.is_empty());
}

#[tokio::test]
async fn next_steps_are_set_replaced_cleared_and_go_with_their_application() {
    on_backends("next-steps", |target| async move {
        let store = Store::open(&target).await.unwrap();
        let a = store
            .add_application(&app("A社", "direct", "first", "pending"))
            .await
            .unwrap();
        let b = store
            .add_application(&app("B社", "direct", "document", "pending"))
            .await
            .unwrap();
        assert_eq!(store.next_step(a).await.unwrap(), None);
        store
            .set_next_step(a, Some(("日程の返信", Some("2024-06-05"))))
            .await
            .unwrap();
        store
            .set_next_step(a, Some(("逆質問を3つ用意する", None)))
            .await
            .unwrap();
        store
            .set_next_step(b, Some(("書類の結果を待つ", Some("2024-06-10"))))
            .await
            .unwrap();
        let step = store.next_step(a).await.unwrap().unwrap();
        assert_eq!(
            (step.what.as_str(), step.on_date),
            ("逆質問を3つ用意する", None)
        );
        let mine = store
            .next_steps_of(naitei_store::LOCAL_USER_ID)
            .await
            .unwrap();
        assert_eq!(
            mine.iter().map(|s| s.application_id).collect::<Vec<_>>(),
            [a, b]
        );
        assert!(store.next_steps_of(9999).await.unwrap().is_empty());
        // A control character is refused; an unknown application is named.
        assert!(matches!(
            store.set_next_step(a, Some(("a\u{1}b", None))).await,
            Err(StoreError::ControlCharacter { .. })
        ));
        assert!(matches!(
            store.set_next_step(9999, Some(("x", None))).await,
            Err(StoreError::ApplicationNotFound(9999))
        ));
        store.set_next_step(b, None).await.unwrap();
        assert_eq!(store.next_step(b).await.unwrap(), None);
        // The interviews of one user, dated first.
        store
            .upsert_interview(
                a,
                Round::Second,
                &InterviewPatch {
                    on_date: Some("2024-06-07".into()),
                    start_time: Some("14:00".into()),
                    ..Default::default()
                },
            )
            .await
            .unwrap();
        store
            .upsert_interview(a, Round::First, &InterviewPatch::default())
            .await
            .unwrap();
        let interviews = store
            .interviews_of(naitei_store::LOCAL_USER_ID)
            .await
            .unwrap();
        assert_eq!(
            interviews
                .iter()
                .map(|s| s.interview.round.as_str())
                .collect::<Vec<_>>(),
            ["second", "first"]
        );
        assert_eq!(interviews[0].company, "A社");
        // Removing the application removes its next step.
        store.remove_application(a).await.unwrap();
        assert!(
            store
                .next_steps_of(naitei_store::LOCAL_USER_ID)
                .await
                .unwrap()
                .is_empty()
        );
        store.close().await;
    })
    .await;
}

#[test]
fn a_backup_written_before_next_steps_existed_still_reads() {
    let json = r#"{"format":"naitei-backup","version":1,"applications":[],"stage_events":[],
        "interviews":[],"questions":[],"documents":[]}"#;
    let backup: Backup = serde_json::from_str(json).unwrap();
    assert!(backup.next_steps.is_empty());
    // And a backup without next steps is written without the key, as before.
    assert!(
        !serde_json::to_string(&backup)
            .unwrap()
            .contains("next_steps")
    );
}
