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
            "resume_compare.html",
            "resume_rewrite.html",
            "answer.html",
            "board.html",
            "app_form.html",
            "app_show.html",
            "app_print.html",
            "funnel.html",
            "plan.html",
            "rule.html",
            "print_base.html",
            "prep_print.html",
            "prep.html",
            "prep_sheet_body.html",
            "prep_sheet_print.html",
            "goals.html",
        );
        env.add_filter("pct", |x: f64| format!("{:.0}%", x * 100.0));
        env.add_filter("yen", yen);
        env.add_filter("jdate", jdate);
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

/// The 二次面接 preparation sheet as one printable, self-contained A4 page
/// (`naitei prep --format html`): `doc` (a title and blocks, the CLI's document model) through
/// `prep_print.html`, which extends the same print base as the application and résumé print
/// views. Text is escaped by minijinja, as on every page.
pub fn render_prep_print(doc: &impl serde::Serialize) -> Result<String, minijinja::Error> {
    // The page is a file the seeker prints, never served by the app (whose CSP forbids inline
    // style): its A4 stylesheet is embedded here, so the template itself keeps the policy.
    let stylesheet = format!(
        "<style>\n{}</style>",
        include_str!("../templates/prep_print.css")
    );
    Views::new()
        .env
        .get_template("prep_print.html")?
        .render(minijinja::context! {
            doc => Value::from_serialize(doc),
            stylesheet => Value::from_safe_string(stylesheet),
        })
}

/// An amount in yen with thousands separators (444290 → 444,290), as the plan's explanations write it.
fn yen(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// A date as a Japanese reader writes it (2027-01-07 → 2027年1月7日); other text unchanged.
fn jdate(text: String) -> String {
    match text.parse::<jiff::civil::Date>() {
        Ok(d) => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        Err(_) => text,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_read_in_japanese() {
        assert_eq!(super::jdate("2027-01-07".into()), "2027年1月7日");
        assert_eq!(super::jdate("要確認".into()), "要確認");
    }

    #[test]
    fn yen_has_thousands_separators() {
        assert_eq!(super::yen(444_290), "444,290");
        assert_eq!(super::yen(6_347), "6,347");
        assert_eq!(super::yen(950), "950");
        assert_eq!(super::yen(1_000_000), "1,000,000");
        assert_eq!(super::yen(-1_500), "-1,500");
    }
}
