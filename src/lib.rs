pub mod error;
pub mod model;
pub mod temporal;

pub use error::Error;
pub use model::*;
