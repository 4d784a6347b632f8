//! `naitei user …` — accounts for `naitei serve --multi-user`: add users, assign seekers to
//! advisers (and end an assignment), reset a password, disable and enable an account, list them.

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

use anyhow::{Context as _, bail};

use super::track::{DbArg, open_store, runtime};

#[derive(clap::Subcommand, Debug)]
pub enum UserCommand {
    /// ユーザーを追加する（パスワードは入力を求めます。パイプなら標準入力の1行目）
    Add(AddArgs),
    /// 求職者をアドバイザーの担当にする
    Assign(AssignArgs),
    /// 求職者をアドバイザーの担当から外す
    Unassign(AssignArgs),
    /// パスワードを設定し直す（入力を求めます。パイプなら標準入力の1行目）。ログイン中のセッションは終わります
    ResetPassword(LoginArgs),
    /// アカウントを無効にする（ログインできなくなり、ログイン中のセッションも終わります）
    Disable(LoginArgs),
    /// 無効にしたアカウントを有効に戻す
    Enable(LoginArgs),
    /// ユーザーの一覧
    List(ListArgs),
}

#[derive(clap::Args, Debug)]
pub struct LoginArgs {
    /// ログイン名
    pub login: String,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(clap::Args, Debug)]
pub struct AddArgs {
    /// ログイン名（半角英数字と . _ - @）
    pub login: String,
    /// 役割: seeker（求職者）または adviser（アドバイザー）
    #[arg(long, default_value = "seeker")]
    pub role: String,
    /// 表示名（既定: ログイン名）
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(clap::Args, Debug)]
pub struct AssignArgs {
    /// アドバイザーのログイン名
    pub adviser: String,
    /// 求職者のログイン名
    pub seeker: String,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    #[command(flatten)]
    pub db: DbArg,
}

fn read_password() -> anyhow::Result<String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("パスワード: ").context("パスワードを読めません")?;
        let again = rpassword::prompt_password("もう一度: ").context("パスワードを読めません")?;
        if first != again {
            bail!("2回入力したパスワードが一致しません");
        }
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .context("標準入力からパスワードを読めません")?;
        Ok(line.trim_end_matches(['\r', '\n']).to_owned())
    }
}

pub fn run(cmd: UserCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        UserCommand::Add(a) => {
            let password = read_password()?;
            runtime()?.block_on(async {
                let store = open_store(&a.db).await?;
                let name = a.name.clone().unwrap_or_default();
                let id =
                    naitei_web::accounts::create_user(&store, &a.login, &name, &a.role, &password)
                        .await
                        .map_err(|e| anyhow::anyhow!("{e}"))?;
                store.close().await;
                crate::output::emit(&format!(
                    "ユーザー #{id} {}（{}）を追加しました\n",
                    a.login,
                    role_label(&a.role)
                ))?;
                Ok(ExitCode::SUCCESS)
            })
        }
        UserCommand::Assign(a) => runtime()?.block_on(async {
            let store = open_store(&a.db).await?;
            store.assign_adviser(&a.adviser, &a.seeker).await?;
            store.close().await;
            crate::output::emit(&format!("{} を {} の担当にしました\n", a.seeker, a.adviser))?;
            Ok(ExitCode::SUCCESS)
        }),
        UserCommand::Unassign(a) => runtime()?.block_on(async {
            let store = open_store(&a.db).await?;
            let removed = store.unassign_adviser(&a.adviser, &a.seeker).await;
            store.close().await;
            let message = if removed? {
                format!("{} を {} の担当から外しました\n", a.seeker, a.adviser)
            } else {
                format!("{} は {} の担当ではありません（変更なし）\n", a.seeker, a.adviser)
            };
            crate::output::emit(&message)?;
            Ok(ExitCode::SUCCESS)
        }),
        UserCommand::ResetPassword(a) => {
            let password = read_password()?;
            let min = naitei_web::accounts::MIN_PASSWORD_CHARS;
            if password.chars().count() < min {
                bail!("パスワードは{min}文字以上にしてください");
            }
            let hash = naitei_web::accounts::hash_password(&password)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            runtime()?.block_on(async {
                let store = open_store(&a.db).await?;
                let result = store.set_password_hash(&a.login, &hash).await;
                store.close().await;
                result?;
                crate::output::emit(&format!(
                    "{} のパスワードを設定し直しました（ログイン中のセッションは終了しました）\n",
                    a.login
                ))?;
                Ok(ExitCode::SUCCESS)
            })
        }
        UserCommand::Disable(a) => runtime()?.block_on(async {
            let store = open_store(&a.db).await?;
            let now = jiff::Timestamp::now().to_string();
            let changed = store.disable_user(&a.login, &now).await;
            store.close().await;
            let message = if changed? {
                format!("{} を無効にしました（ログインできません。ログイン中のセッションも終了しました）\n", a.login)
            } else {
                format!("{} は既に無効です（変更なし）\n", a.login)
            };
            crate::output::emit(&message)?;
            Ok(ExitCode::SUCCESS)
        }),
        UserCommand::Enable(a) => runtime()?.block_on(async {
            let store = open_store(&a.db).await?;
            let changed = store.enable_user(&a.login).await;
            store.close().await;
            let message = if changed? {
                format!("{} を有効に戻しました（前のパスワードでログインできます）\n", a.login)
            } else {
                format!("{} は無効になっていません（変更なし）\n", a.login)
            };
            crate::output::emit(&message)?;
            Ok(ExitCode::SUCCESS)
        }),
        UserCommand::List(a) => runtime()?.block_on(async {
            let store = open_store(&a.db).await?;
            let accounts = store.accounts().await;
            store.close().await;
            let mut out = String::new();
            for account in accounts? {
                let u = &account.user;
                out.push_str(&format!(
                    "#{}\t{}\t{}\t{}{}\n",
                    u.id,
                    u.login,
                    role_label(&u.role),
                    u.display_name,
                    if account.disabled_at.is_some() {
                        "\t（無効）"
                    } else {
                        ""
                    }
                ));
            }
            crate::output::emit(&out)?;
            Ok(ExitCode::SUCCESS)
        }),
    }
}

fn role_label(role: &str) -> &'static str {
    if role == naitei_store::ROLE_ADVISER {
        "アドバイザー"
    } else {
        "求職者"
    }
}
