//! Bad input and races at the store's edge, the same on SQLite and PostgreSQL: control
//! characters, backups of a multi-user database, and many processes opening a new database.

use naitei_store::testing::on_backends;
use naitei_store::{
    ApplicationData, Backup, CommentTarget, DocumentKind, InterviewPatch, NewDocument, NewQuestion,
    QuestionKind, Round, Store, StoreError, Target,
};

fn app(company: &str) -> ApplicationData {
    ApplicationData {
        company: company.to_owned(),
        channel: "direct".parse().unwrap(),
        relation: "same".parse().unwrap(),
        applied_on: "2024-04-01".to_owned(),
        furthest_stage: "document".parse().unwrap(),
        outcome: "pending".parse().unwrap(),
        ..ApplicationData::default()
    }
}

fn doc(content: &str) -> NewDocument {
    NewDocument {
        application_id: None,
        kind: DocumentKind::Resume,
        label: "v1".to_owned(),
        created_on: "2024-04-01".to_owned(),
        content: content.to_owned(),
    }
}

/// The message every backend must give for a NUL in a company name.
const NUL_IN_COMPANY: &str = "「会社名」の3文字目に、保存できない制御文字（NUL など目に見えない文字）があります。\
     その文字を取り除いてから、もう一度保存してください";

#[tokio::test]
async fn control_characters_are_refused_the_same_way_on_both_databases() {
    on_backends("control_characters", |target| async move {
        let store = Store::open(&target).await.unwrap();
        let e = store.add_application(&app("A社\0")).await.unwrap_err();
        assert_eq!(e.to_string(), NUL_IN_COMPANY);
        let e = store
            .add_application_for(1, &app("A社\0"))
            .await
            .unwrap_err();
        assert_eq!(e.to_string(), NUL_IN_COMPANY);
        let e = store
            .add_applications(&[app("良い社"), app("B社\u{7}")])
            .await
            .unwrap_err();
        assert!(e.to_string().contains("2件目の会社名"), "{e}");
        assert_eq!(
            store.count_applications().await.unwrap(),
            0,
            "nothing written"
        );
        let e = store
            .add_document(&doc("本文\u{1b}[31m"))
            .await
            .unwrap_err();
        assert!(matches!(e, StoreError::ControlCharacter { .. }), "{e}");
        assert!(e.to_string().contains("「本文」の3文字目"), "{e}");
        // Tab, line feed and CRLF are text.
        store.add_document(&doc("行1\t列\r\n行2\n")).await.unwrap();
        let id = store.add_application(&app("C社")).await.unwrap();
        let q = NewQuestion {
            kind: QuestionKind::Motive,
            question: "志望動機は？".into(),
            answer: "\0".into(),
            memo: None,
        };
        let e = store
            .add_question(id, Round::First, &InterviewPatch::default(), &q)
            .await
            .unwrap_err();
        assert!(e.to_string().contains("「回答」"), "{e}");
        let mut changed = app("C社");
        changed.notes = Some("メモ\u{0}".into());
        let e = store.update_application(id, &changed).await.unwrap_err();
        assert!(e.to_string().contains("「メモ」"), "{e}");
        let e = store
            .add_comment(1, &CommentTarget::Question(1), "x\0", "t")
            .await
            .unwrap_err();
        assert!(e.to_string().contains("「コメント」"), "{e}");
        let e = store
            .create_user("u", "名前\0", "seeker", "h", "t")
            .await
            .unwrap_err();
        assert!(e.to_string().contains("「表示名」"), "{e}");
        store.close().await;
    })
    .await;
}

#[tokio::test]
async fn a_backup_holding_a_nul_is_refused_naming_the_field_on_both_databases() {
    on_backends("backup_nul", |target| async move {
        let store = Store::open(&target).await.unwrap();
        store.add_application(&app("既存社")).await.unwrap();
        let mut backup = store.backup().await.unwrap();
        // A backup written by an older build on SQLite, which stored the NUL.
        backup.documents.push(naitei_store::Document {
            id: 7,
            application_id: None,
            kind: DocumentKind::Resume,
            label: "v1".into(),
            created_on: "2024-04-01".into(),
            content: "営業\0".into(),
        });
        let e = store.restore(&backup, true).await.unwrap_err();
        assert_eq!(
            e.to_string(),
            "「書類 #7 の本文」の3文字目に、保存できない制御文字（NUL など目に見えない文字）があります。\
             その文字を取り除いてから、もう一度保存してください"
        );
        // Nothing was replaced.
        assert_eq!(store.count_applications().await.unwrap(), 1);
        assert!(store.documents().await.unwrap().is_empty());
        store.close().await;
    })
    .await;
}

/// A multi-user database: two seekers, an adviser assigned to one, rows of each, comments.
async fn multi_user(store: &Store) -> (i64, i64, i64) {
    let a = store
        .create_user(
            "a",
            "Aさん",
            "seeker",
            "$argon2id$hash-a",
            "2024-01-01T00:00:00Z",
        )
        .await
        .unwrap();
    let b = store
        .create_user(
            "b",
            "Bさん",
            "seeker",
            "$argon2id$hash-b",
            "2024-01-01T00:00:00Z",
        )
        .await
        .unwrap();
    let adv = store
        .create_user(
            "adv",
            "相談員",
            "adviser",
            "$argon2id$hash-adv",
            "2024-01-01T00:00:00Z",
        )
        .await
        .unwrap();
    store.assign_adviser("adv", "a").await.unwrap();
    store.add_application(&app("ローカル社")).await.unwrap();
    let a_app = store.add_application_for(a, &app("A社")).await.unwrap();
    store.add_application_for(b, &app("B社")).await.unwrap();
    let a_doc = store
        .add_document_for(a, &doc("# 職務経歴書\n営業を担当\n"))
        .await
        .unwrap();
    let q = NewQuestion {
        kind: QuestionKind::Motive,
        question: "志望動機は？".into(),
        answer: "成長したい".into(),
        memo: None,
    };
    let (_, qid) = store
        .add_question(a_app, Round::First, &InterviewPatch::default(), &q)
        .await
        .unwrap();
    store
        .add_comment(
            adv,
            &CommentTarget::DocumentLine {
                document_id: a_doc,
                line: 2,
            },
            "数字を入れましょう",
            "2024-04-02T00:00:00Z",
        )
        .await
        .unwrap();
    store
        .add_comment(
            adv,
            &CommentTarget::Question(qid),
            "具体的に",
            "2024-04-02T00:00:00Z",
        )
        .await
        .unwrap();
    store
        .create_session("tokenhash", a, "csrf", i64::MAX, 0)
        .await
        .unwrap();
    (a, b, adv)
}

#[tokio::test]
async fn a_multi_user_backup_restores_every_owner_and_comment() {
    on_backends("multi_user_backup", |target| async move {
        let store = Store::open(&target).await.unwrap();
        let (a, b, adv) = multi_user(&store).await;
        let backup = store.backup().await.unwrap();
        assert_eq!(backup.version, 2);
        assert_eq!(backup.users.len(), 3);
        assert_eq!(backup.comments.len(), 2);
        // Through JSON, as `track export --format json` / `track import --replace` do.
        let json = serde_json::to_string_pretty(&backup).unwrap();
        let read: Backup = serde_json::from_str(&json).unwrap();
        store.restore(&read, true).await.unwrap();
        let again = store.backup().await.unwrap();
        assert_eq!(again, backup, "the round trip keeps everything");
        let names = |apps: Vec<naitei_store::Application>| {
            apps.into_iter().map(|x| x.data.company).collect::<Vec<_>>()
        };
        assert_eq!(names(store.applications_of(a).await.unwrap()), ["A社"]);
        assert_eq!(names(store.applications_of(b).await.unwrap()), ["B社"]);
        assert!(store.is_assigned(adv, a).await.unwrap());
        let a_doc = store.documents_of(a, DocumentKind::Resume).await.unwrap();
        let comments = store.document_comments(a_doc[0].id).await.unwrap();
        assert_eq!(
            (comments[0].author_id, comments[0].author_name.as_str()),
            (adv, "相談員")
        );
        let (user, hash) = store.user_by_login("a").await.unwrap().unwrap();
        assert_eq!((user.id, hash.as_deref()), (a, Some("$argon2id$hash-a")));
        // Sessions end with a restore; new rows get new ids after the restored ones.
        assert!(store.session("tokenhash", 1).await.unwrap().is_none());
        let c = store
            .create_user("c", "Cさん", "seeker", "h", "2024-01-01T00:00:00Z")
            .await
            .unwrap();
        assert!(c > adv);
        store.close().await;
    })
    .await;
}

#[tokio::test]
async fn a_backup_without_users_does_not_replace_a_multi_user_database() {
    on_backends("backup_without_users", |target| async move {
        let store = Store::open(&target).await.unwrap();
        let (a, _, _) = multi_user(&store).await;
        let mut old = store.backup().await.unwrap();
        // What an older build wrote: no users, owners or comments.
        old.version = 1;
        old.users.clear();
        old.adviser_assignments.clear();
        old.application_owners.clear();
        old.document_owners.clear();
        old.comments.clear();
        let e = store.restore(&old, true).await.unwrap_err();
        assert!(matches!(e, StoreError::BackupWithoutUsers), "{e}");
        assert!(e.to_string().contains("持ち主とコメントが失われる"), "{e}");
        assert_eq!(store.applications_of(a).await.unwrap().len(), 1);
        assert_eq!(store.backup().await.unwrap().comments.len(), 2);
        store.close().await;
    })
    .await;
}

#[tokio::test]
async fn a_personal_backup_stays_version_1() {
    on_backends("personal_backup", |target| async move {
        let store = Store::open(&target).await.unwrap();
        store.add_application(&app("A社")).await.unwrap();
        let backup = store.backup().await.unwrap();
        assert_eq!(backup.version, 1);
        let json = serde_json::to_value(&backup).unwrap();
        assert!(json.get("users").is_none() && json.get("comments").is_none());
        store.restore(&backup, true).await.unwrap();
        assert_eq!(store.backup().await.unwrap(), backup);
        store.close().await;
    })
    .await;
}

#[tokio::test]
async fn eight_pools_opening_a_new_database_at_once_all_work() {
    on_backends("first_open", |target| async move {
        for round in 0..3 {
            let target = match &target {
                Target::SqliteFile(p) => {
                    Target::SqliteFile(p.with_file_name(format!("r{round}.db")))
                }
                pg => pg.clone(),
            };
            let opens: Vec<_> = (0..8)
                .map(|_| {
                    let t = target.clone();
                    tokio::spawn(async move { Store::open(&t).await })
                })
                .collect();
            for o in opens {
                let store = o
                    .await
                    .unwrap()
                    .unwrap_or_else(|e| panic!("round {round}: {e}"));
                assert_eq!(store.count_applications().await.unwrap(), 0);
                store.close().await;
            }
        }
    })
    .await;
}

#[tokio::test]
async fn login_attempts_are_reserved_atomically() {
    on_backends("login_attempts", |target| async move {
        let store = Store::open(&target).await.unwrap();
        let tries: Vec<_> = (0..32)
            .map(|_| {
                let s = store.clone();
                tokio::spawn(
                    async move { s.reserve_login_attempt("a", "1.2.3.4", 1000, 900, 5).await },
                )
            })
            .collect();
        let mut allowed = 0;
        for t in tries {
            if t.await.unwrap().unwrap() {
                allowed += 1;
            }
        }
        assert_eq!(allowed, 5);
        // Another address, another login: counted apart.
        assert!(
            store
                .reserve_login_attempt("a", "5.6.7.8", 1000, 900, 5)
                .await
                .unwrap()
        );
        assert!(
            store
                .reserve_login_attempt("b", "1.2.3.4", 1000, 900, 5)
                .await
                .unwrap()
        );
        // After the window, counting starts again; a success clears the count.
        assert!(
            store
                .reserve_login_attempt("a", "1.2.3.4", 1900, 900, 5)
                .await
                .unwrap()
        );
        store.clear_login_attempts("b", "1.2.3.4").await.unwrap();
        for _ in 0..5 {
            assert!(
                store
                    .reserve_login_attempt("b", "1.2.3.4", 1000, 900, 5)
                    .await
                    .unwrap()
            );
        }
        assert!(
            !store
                .reserve_login_attempt("b", "1.2.3.4", 1000, 900, 5)
                .await
                .unwrap()
        );
        store.close().await;
    })
    .await;
}

#[tokio::test]
async fn a_stored_code_outside_the_vocabulary_is_a_decode_error_naming_it() {
    on_backends("bad_code", |target| async move {
        let store = Store::open(&target).await.unwrap();
        let id = store.add_application(&app("A社")).await.unwrap();
        // Written by hand (or by an older, looser build): not a channel code.
        sqlx::query("UPDATE applications SET channel = 'fax' WHERE id = $1")
            .bind(id)
            .execute(store.pool())
            .await
            .unwrap();
        let e = store.application(id).await.unwrap_err().to_string();
        assert!(
            e.contains("「fax」は使えません（使える値: hellowork agent scout direct referral）"),
            "{e}"
        );
        let e = store
            .list_applications(&Default::default())
            .await
            .unwrap_err()
            .to_string();
        assert!(e.contains("「fax」"), "{e}");
        // A backup is the same vocabulary: a bad code is refused before anything is written.
        let json = r#"{"format":"naitei-backup","version":1,"applications":[{"id":1,"company":"B社","position":"","channel":"direct","channel_name":null,"relation":"same","applied_on":"2024-01-01","furthest_stage":"fifth","outcome":"pending","offered_salary":null,"posting":null,"notes":null}],"stage_events":[],"interviews":[],"questions":[],"documents":[]}"#;
        let e = serde_json::from_str::<Backup>(json).unwrap_err().to_string();
        assert!(e.contains("「fifth」は使えません"), "{e}");
    })
    .await;
}

#[tokio::test]
async fn rounds_and_kinds_outside_the_vocabulary_are_decode_errors_naming_them() {
    on_backends("bad_kinds", |target| async move {
        let store = Store::open(&target).await.unwrap();
        let id = store.add_application(&app("A社")).await.unwrap();
        let q = NewQuestion {
            kind: QuestionKind::Intro,
            question: "自己紹介をお願いします".into(),
            answer: "営業を10年続けてきました。".into(),
            memo: None,
        };
        let (interview, _) = store
            .add_question(id, Round::First, &InterviewPatch::default(), &q)
            .await
            .unwrap();
        // Every kind of document a build has written reads back, `other` rounds too.
        for kind in DocumentKind::ALL {
            sqlx::query(
                "INSERT INTO documents (application_id, kind, label, created_on, content) \
                 VALUES (NULL, $1, 'v', '2024-01-01', 'x')",
            )
            .bind(kind.code())
            .execute(store.pool())
            .await
            .unwrap();
        }
        let read: Vec<DocumentKind> = store
            .documents()
            .await
            .unwrap()
            .iter()
            .map(|d| d.kind)
            .collect();
        assert_eq!(read, DocumentKind::ALL);
        let other = store
            .upsert_interview(id, Round::Other, &InterviewPatch::default())
            .await
            .unwrap();
        assert_eq!(other.round, Round::Other);
        assert_eq!(
            store.questions(interview.id).await.unwrap()[0].kind,
            QuestionKind::Intro
        );

        // Then values no build writes: each read names the value and the allowed codes.
        let set = |sql: &'static str| {
            let pool = store.pool().clone();
            async move { sqlx::query(sql).execute(&pool).await.unwrap() }
        };
        set("UPDATE interviews SET round = 'fourth' WHERE round = 'other'").await;
        let e = store.interviews(id).await.unwrap_err().to_string();
        assert!(
            e.contains("「fourth」は使えません（使える値: first second final other）"),
            "{e}"
        );
        set("UPDATE questions SET kind = 'hobby'").await;
        let e = store.questions(interview.id).await.unwrap_err().to_string();
        assert!(
            e.contains("「hobby」は使えません（使える値: reason motive pr strength weakness success failure reverse intro other）"),
            "{e}"
        );
        set("UPDATE documents SET kind = 'cv' WHERE kind = 'plan_form'").await;
        let e = store.documents().await.unwrap_err().to_string();
        assert!(
            e.contains("「cv」は使えません（使える値: resume rirekisho other profile plan_form goals）"),
            "{e}"
        );
        set(
            "INSERT INTO goals (source, line, duty, family, metric, metric_label, measure, unit, \
             direction, action, action_label, target, deadline, created_on) VALUES ('r.md', 1, \
             '請求書の作成', 'billing', 'time', '時間', '1件の作成時間', '分', 'down', 'template', \
             'テンプレート化', '半分', '2027-01-01', '2026-11-01')",
        )
        .await;
        let goal = store.goals().await.unwrap()[0].id;
        sqlx::query(
            "INSERT INTO goal_measurements (goal_id, kind, value, on_date) \
             VALUES ($1, 'midpoint', '8', '2026-12-01')",
        )
        .bind(goal)
        .execute(store.pool())
        .await
        .unwrap();
        let e = store.measurements(goal).await.unwrap_err().to_string();
        assert!(
            e.contains("「midpoint」は使えません（使える値: baseline result）"),
            "{e}"
        );
        // A backup is the same vocabulary.
        let json = r#"{"format":"naitei-backup","version":1,"applications":[],"stage_events":[],"interviews":[],"questions":[],"documents":[{"id":1,"application_id":null,"kind":"cv","label":"v","created_on":"2024-01-01","content":"x"}]}"#;
        let e = serde_json::from_str::<Backup>(json).unwrap_err().to_string();
        assert!(e.contains("「cv」は使えません"), "{e}");
    })
    .await;
}
