//! Working buffers kept per thread between documents.
//!
//! A pass that needs tables only while it runs (token tables, key buffers,
//! line lists) takes them from its thread's cell and gives them back when it
//! is done, so that a batch allocates them once per thread rather than once
//! per document, as `regex` keeps its caches. A value is out of its cell
//! while in use: no two extractions ever share one (a take within a take
//! gets new buffers), and what a thread keeps goes with the thread.

use std::cell::Cell;
use std::thread::LocalKey;

/// Buffers that a thread may keep between documents.
pub(crate) trait Kept: Default + 'static {
    /// Empties the buffers for the next document, keeping their room.
    fn clear(&mut self);

    /// Lets go of the room an outsized document made, so that one long
    /// text does not hold memory for the rest of the thread's life.
    fn shrink(&mut self);
}

/// This thread's buffers from `cell`, emptied, or new ones.
pub(crate) fn take<T: Kept>(cell: &'static LocalKey<Cell<T>>) -> T {
    let mut t = cell.try_with(Cell::take).unwrap_or_default();
    t.clear();
    t
}

/// Gives `t` back to this thread's `cell` for its next document.
pub(crate) fn give_back<T: Kept>(cell: &'static LocalKey<Cell<T>>, mut t: T) {
    t.shrink();
    // (a thread being torn down keeps nothing)
    let _ = cell.try_with(|c| c.set(t));
}
