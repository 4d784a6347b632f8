//! trycmd cases: each `tests/cmd/*.toml` runs `naitei` with arguments (in `tests/cmd/files`) and
//! compares its exit status, standard output and standard error with the `.stdout`/`.stderr`
//! files beside it. `TRYCMD=overwrite cargo test -p naitei --test cli` rewrites them; review
//! the diff before committing.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .env("NO_COLOR", "1")
        .case("tests/cmd/*.toml");
}
