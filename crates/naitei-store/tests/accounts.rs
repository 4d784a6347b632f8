//! Accounts, owners and comments (migration 0004): rows written before the migration and by
//! the command line belong to the local user; scoped queries see one user's rows only.

use naitei_store::{
    ApplicationData, CommentTarget, DocumentKind, InterviewPatch, LOCAL_USER_ID, Migrations,
    NewDocument, NewQuestion, QuestionKind, Round, Store, StoreError, Target,
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

async fn check(target: Target) {
    // A database from before the accounts.
    let old = Store::open_with(&target, Migrations::UpTo(2))
        .await
        .unwrap();
    let before = old.add_application(&app("旧データ社")).await.unwrap();
    old.close().await;

    let store = Store::open(&target).await.unwrap();
    assert_eq!(
        store.application_owner(before).await.unwrap(),
        Some(LOCAL_USER_ID)
    );
    let users = store.users().await.unwrap();
    assert_eq!(
        (users[0].id, users[0].login.as_str()),
        (LOCAL_USER_ID, "local")
    );
    // The local user cannot log in (no password).
    assert_eq!(store.user_by_login("local").await.unwrap().unwrap().1, None);

    let a = store
        .create_user("a", "Aさん", "seeker", "hash-a", "2024-01-01T00:00:00Z")
        .await
        .unwrap();
    assert!(
        a > LOCAL_USER_ID,
        "the identity sequence starts after the local user"
    );
    let adv = store
        .create_user(
            "adv",
            "相談員",
            "adviser",
            "hash-adv",
            "2024-01-01T00:00:00Z",
        )
        .await
        .unwrap();
    assert!(matches!(
        store.create_user("a", "x", "seeker", "h", "t").await,
        Err(StoreError::UserExists(_))
    ));
    // The CLI's unscoped insert belongs to the local user; a scoped one to its owner.
    let cli = store.add_application(&app("CLI社")).await.unwrap();
    let mine = store.add_application_for(a, &app("A社")).await.unwrap();
    assert_eq!(
        store.application_owner(cli).await.unwrap(),
        Some(LOCAL_USER_ID)
    );
    let names = |apps: Vec<naitei_store::Application>| {
        apps.into_iter().map(|x| x.data.company).collect::<Vec<_>>()
    };
    assert_eq!(names(store.applications_of(a).await.unwrap()), ["A社"]);
    assert_eq!(
        names(store.applications_of(LOCAL_USER_ID).await.unwrap()),
        ["旧データ社", "CLI社"]
    );
    // The funnel of one user is their rows only, with the stages of their events; every row
    // is one user's.
    store
        .record_event(
            mine,
            &naitei_store::NewEvent {
                stage: naitei_store::Stage::Document,
                on_date: "2024-04-10".into(),
                result: naitei_store::EventResult::Passed,
                note: None,
            },
            naitei_store::Stage::First,
            naitei_store::Outcome::Pending,
            None,
        )
        .await
        .unwrap();
    let of_a = store.funnel_rows_of(a).await.unwrap();
    assert_eq!(of_a.len(), 1);
    assert_eq!(
        (
            of_a[0].furthest_stage.as_str(),
            of_a[0].event_stages.clone()
        ),
        ("first", vec!["document".to_owned()])
    );
    let local = store.funnel_rows_of(LOCAL_USER_ID).await.unwrap();
    assert_eq!(local.len(), 2);
    assert!(local.iter().all(|r| r.event_stages.is_empty()));
    assert_eq!(store.funnel_rows().await.unwrap().len(), 3);

    assert!(!store.is_assigned(adv, a).await.unwrap());
    store.assign_adviser("adv", "a").await.unwrap();
    store.assign_adviser("adv", "a").await.unwrap();
    assert!(store.is_assigned(adv, a).await.unwrap());
    assert_eq!(store.seekers_of(adv).await.unwrap().len(), 1);
    assert!(matches!(
        store.assign_adviser("a", "adv").await,
        Err(StoreError::WrongRole { .. })
    ));

    let doc = NewDocument {
        application_id: None,
        kind: DocumentKind::Resume,
        label: "v1".into(),
        created_on: "2024-04-01".into(),
        content: "一行目\n二行目\n".into(),
    };
    let d = store.add_document_for(a, &doc).await.unwrap();
    assert_eq!(store.document_owner(d).await.unwrap(), Some(a));
    assert!(
        store
            .documents_of(LOCAL_USER_ID, DocumentKind::Resume)
            .await
            .unwrap()
            .is_empty()
    );
    let (_, q) = store
        .add_question(
            mine,
            Round::First,
            &InterviewPatch::default(),
            &NewQuestion {
                kind: QuestionKind::Reason,
                question: "転職理由は".into(),
                answer: "…".into(),
                memo: None,
            },
        )
        .await
        .unwrap();
    assert_eq!(store.question_application(q).await.unwrap(), Some(mine));
    let t = "2024-04-02T00:00:00Z";
    store
        .add_comment(
            adv,
            &CommentTarget::DocumentLine {
                document_id: d,
                line: 2,
            },
            "数字を",
            t,
        )
        .await
        .unwrap();
    store
        .add_comment(adv, &CommentTarget::Question(q), "具体的に", t)
        .await
        .unwrap();
    let c = store.document_comments(d).await.unwrap();
    assert_eq!((c[0].line, c[0].author_name.as_str()), (Some(2), "相談員"));
    assert_eq!(
        store.application_comments(mine).await.unwrap()[0].body,
        "具体的に"
    );
    // Removing the application removes its questions' comments with them.
    store.remove_application(mine).await.unwrap();
    assert!(store.question_comments(q).await.unwrap().is_empty());

    // Sessions: found until they expire.
    store
        .create_session("h1", a, "csrf", 1_000, 0)
        .await
        .unwrap();
    assert_eq!(store.session("h1", 999).await.unwrap().unwrap().user.id, a);
    assert!(store.session("h1", 1_000).await.unwrap().is_none());
    store.delete_session("h1").await.unwrap();
    assert!(store.session("h1", 0).await.unwrap().is_none());
    store.close().await;
}

#[tokio::test]
async fn accounts_owners_and_comments() {
    naitei_store::testing::on_backends("accounts", check).await;
}
