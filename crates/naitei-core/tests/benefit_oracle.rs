//! Runs every row of `fixtures/benefit_oracle.tsv`: boundary profiles whose expected benefit was derived by
//! hand from 雇用保険法 and REFERENCE.md §3 (see the file's header). All mismatches are reported together.

use jiff::civil::Date;
use naitei_core::plan::Profile;
use naitei_core::plan::benefit::compute;

const ORACLE: &str = include_str!("fixtures/benefit_oracle.tsv");

fn json_id<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn date_or_none(d: Option<Date>) -> String {
    d.map_or_else(|| "-".to_string(), |d| d.to_string())
}

#[test]
fn every_oracle_row_matches_the_statute() {
    let mut rows = 0;
    let mut failures = Vec::new();
    for line in ORACLE.lines() {
        if line.starts_with('#') || line.starts_with("id\t") || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 17, "malformed row: {line}");
        rows += 1;
        let id = cols[0];
        let mut text = format!(
            "birth_date = {}\nleaving_date = {}\ninsured_years = {}\nleaving_reason = \"{}\"\n",
            cols[1], cols[2], cols[3], cols[4]
        );
        if cols[5] != "-" {
            for extra in cols[5].split(';') {
                text.push_str(extra.trim());
                text.push('\n');
            }
        }
        let leaving: Date = cols[2].parse().unwrap();
        let today = if cols[6] == "-" {
            leaving.tomorrow().unwrap()
        } else {
            text.push_str(&format!("claim_date = {}\n", cols[6]));
            cols[6].parse().unwrap()
        };
        let profile = match Profile::from_toml(&text) {
            Ok(p) => p,
            Err(e) => {
                failures.push(format!("{id}: profile rejected: {e}"));
                continue;
            }
        };
        let b = compute(&profile, today);
        let actual = [
            ("eligible", b.eligible.to_string()),
            ("kind", json_id(&b.kind)),
            ("category", json_id(&b.category)),
            ("days", b.days.to_string()),
            ("restriction_months", b.restriction_months.to_string()),
            ("receipt_period_end", b.receipt_period_end.to_string()),
            ("payable_days", b.payable_days.to_string()),
            (
                "reemployment_70_until",
                date_or_none(b.reemployment_70_until),
            ),
            (
                "reemployment_60_until",
                date_or_none(b.reemployment_60_until),
            ),
        ];
        for ((name, got), want) in actual.iter().zip(&cols[7..16]) {
            if *want != "*" && got != want {
                failures.push(format!(
                    "{id} ({}): {name} = {got}, the law says {want}",
                    cols[16]
                ));
            }
        }
    }
    assert!(rows >= 70, "only {rows} oracle rows");
    assert!(
        failures.is_empty(),
        "{} of {rows} rows wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
