//! `naitei track remove`: delete an application with its log (asks first on a terminal).

use std::io::IsTerminal;

use anyhow::{Result, bail};

use super::db::{DbArg, open_store};
use super::labels::paren;
use crate::output::emit;

#[derive(clap::Args, Debug)]
pub struct RemoveArgs {
    /// 応募の番号
    pub id: i64,
    /// 確認せずに削除する
    #[arg(long, short = 'y')]
    pub yes: bool,
    #[command(flatten)]
    pub db: DbArg,
}

pub async fn run(a: RemoveArgs) -> Result<()> {
    let store = open_store(&a.db).await?;
    let app = store.application(a.id).await?;
    if !a.yes {
        if !std::io::stdin().is_terminal() {
            bail!("削除するには確認が必要です。確認なしで削除するなら --yes を付けてください");
        }
        eprint!(
            "#{} {}{} を、面接の記録も含めて削除します。よろしいですか？ [y/N] ",
            app.id,
            app.data.company,
            paren(&app.data.position)
        );
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer)?;
        if !matches!(answer.trim(), "y" | "Y" | "yes" | "はい") {
            store.close().await;
            return emit("削除しませんでした\n");
        }
    }
    store.remove_application(a.id).await?;
    store.close().await;
    emit(&format!(
        "#{} {} を削除しました\n",
        app.id, app.data.company
    ))
}
