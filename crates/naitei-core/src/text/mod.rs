//! Text pipeline: normalization with a source map, morphology, sentences, quantities.

pub mod date;
pub mod inline;
pub mod morph;
pub mod normalize;
pub mod number;
pub mod phrase;
pub mod quantity;
pub mod sentence;
