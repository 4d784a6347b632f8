//! Templates (minijinja, embedded in the binary, HTML-escaped by default).

use axum::response::Html;
use minijinja::{Environment, Value};

use crate::AppError;

pub struct Views {
    env: Environment<'static>,
}

macro_rules! templates {
    ($env:ident, $($name:literal),* $(,)?) => {
        $( $env.add_template($name, include_str!(concat!("../templates/", $name)))
            .expect(concat!("template ", $name)); )*
    };
}

impl Views {
    pub fn new() -> Self {
        let mut env = Environment::new();
        templates!(
            env,
            "base.html",
            "home.html",
            "login.html",
            "error.html",
            "resume_index.html",
            "resume_show.html",
            "resume_print.html",
            "answer.html",
            "board.html",
            "app_form.html",
            "app_show.html",
            "app_print.html",
            "funnel.html",
            "plan.html",
        );
        env.add_filter("pct", |x: f64| format!("{:.0}%", x * 100.0));
        Views { env }
    }

    pub fn render(&self, name: &str, ctx: Value) -> Result<Html<String>, AppError> {
        self.env
            .get_template(name)
            .and_then(|t| t.render(ctx))
            .map(Html)
            .map_err(|e| AppError::Internal(format!("template {name}: {e:#}")))
    }
}
