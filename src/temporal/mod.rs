//! Finding and resolving date expressions (stub: being built).
