//! `naitei user …` — accounts for `naitei serve --multi-user`: add users, assign seekers to
//! advisers, list them.

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
    /// ユーザーの一覧
    List(ListArgs),
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
        UserCommand::List(a) => runtime()?.block_on(async {
            let store = open_store(&a.db).await?;
            let users = store.users().await;
            store.close().await;
            let mut out = String::new();
            for u in users? {
                out.push_str(&format!(
                    "#{}\t{}\t{}\t{}\n",
                    u.id,
                    u.login,
                    role_label(&u.role),
                    u.display_name
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
