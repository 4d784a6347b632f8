//! Prints the morphemes of each argument (a debugging aid for rule writers).
#![allow(clippy::print_stdout)]
fn main() {
    for arg in std::env::args().skip(1) {
        for m in naitei_core::text::morph::analyze(&arg) {
            println!(
                "{}\t{:?},{},{},{},{},{}",
                m.surface, m.pos, m.pos1, m.pos2, m.conj_type, m.conj_form, m.base
            );
        }
        println!();
    }
}
