//! Storage errors, with the Japanese message the user sees.

/// What went wrong with the database. The messages are shown to the user as they are.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "データベース {location} を開けません: ファイルが壊れているか、naitei のデータベースではありません。\
         別のファイルを --db で指定するか、バックアップ（naitei track export --format json）から復元してください"
    )]
    Corrupt { location: String },
    #[error(
        "データベース {location} は他のプログラムが使用中です（ロックされています）。\
         しばらく待ってから、もう一度実行してください"
    )]
    Locked { location: String },
    #[error("データベース {location} を開けません: {reason}")]
    Open { location: String, reason: String },
    #[error("データベース {location} の更新（マイグレーション）に失敗しました: {reason}")]
    Migrate { location: String, reason: String },
    #[error("応募 #{0} は登録されていません（naitei track list で番号を確認してください）")]
    ApplicationNotFound(i64),
    #[error("目標 #{0} は登録されていません（naitei goals list で番号を確認してください）")]
    GoalNotFound(i64),
    #[error(
        "データベースに既に目標が {0} 件あります。バックアップで置き換えるには --replace を付けてください"
    )]
    GoalsNotEmpty(i64),
    #[error(
        "データベースに既に応募が {0} 件あります。バックアップで置き換えるには --replace を付けてください"
    )]
    NotEmpty(i64),
    #[error("ログイン名「{0}」は既に使われています。別のログイン名にしてください")]
    UserExists(String),
    #[error("ユーザー「{0}」は登録されていません（naitei user list で確認してください）")]
    UserNotFound(String),
    #[error(
        "ローカル利用者（local）はコマンドラインと個人モードの利用者のため、パスワードの設定や無効化はできません"
    )]
    LocalUser,
    #[error("ユーザー「{login}」は{expected}ではありません")]
    WrongRole {
        login: String,
        expected: &'static str,
    },
    #[error(
        "「{field}」の{position}文字目に、保存できない制御文字（NUL など目に見えない文字）があります。\
         その文字を取り除いてから、もう一度保存してください"
    )]
    ControlCharacter { field: String, position: usize },
    #[error(
        "このデータベースには他の利用者の応募・書類・コメントがありますが、バックアップには利用者の情報がありません。\
         置き換えると持ち主とコメントが失われるため、復元を中止しました。\
         利用者を含むバックアップ（新しい naitei で書き出したもの）を使うか、空のデータベースに復元してください"
    )]
    BackupWithoutUsers,
    #[error(
        "このデータベースには既に利用者が登録されています。利用者を含むバックアップで置き換えるには --replace を付けてください"
    )]
    UsersNotEmpty,
    #[error("バックアップが壊れています: {0}")]
    BadBackup(String),
    #[error("データベース {location} でエラーが発生しました: {source}")]
    Database {
        location: String,
        #[source]
        source: sqlx::Error,
    },
}

impl StoreError {
    /// Turns a driver error into the message the user needs (corrupt file, locked, other).
    pub fn classify(location: &str, e: sqlx::Error) -> StoreError {
        let location = location.to_owned();
        match &e {
            sqlx::Error::Database(db) => {
                // SQLite result codes: the primary code is the low byte of the extended one.
                // (PostgreSQL's codes are SQLSTATEs, which must not be read as numbers.)
                let sqlite = db.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_some();
                let code = db
                    .code()
                    .filter(|_| sqlite)
                    .and_then(|c| c.parse::<i64>().ok())
                    .map(|c| c & 0xff);
                let msg = db.message();
                match code {
                    Some(11) | Some(26) => StoreError::Corrupt { location },
                    Some(5) | Some(6) => StoreError::Locked { location },
                    _ if db.code().as_deref() == Some("55P03") => StoreError::Locked { location },
                    _ if msg.contains("file is not a database")
                        || msg.contains("malformed") =>
                    {
                        StoreError::Corrupt { location }
                    }
                    _ => StoreError::Database {
                        location,
                        source: e,
                    },
                }
            }
            sqlx::Error::Io(_) | sqlx::Error::Tls(_) | sqlx::Error::PoolTimedOut => {
                StoreError::Open {
                    location,
                    reason: match &e {
                        sqlx::Error::PoolTimedOut => {
                            "接続できませんでした（時間切れ）。サーバーが動いているか確認してください"
                                .to_owned()
                        }
                        other => other.to_string(),
                    },
                }
            }
            _ => StoreError::Database {
                location,
                source: e,
            },
        }
    }
}
