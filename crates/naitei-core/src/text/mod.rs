//! Text pipeline: normalization with a source map, morphology, sentences, quantities.

pub mod morph;
pub mod normalize;
pub mod quantity;
pub mod sentence;
