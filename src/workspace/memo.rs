//! Memo tables: one per stage, holding each unit's last result under the key of its inputs.
//!
//! A build asks a table for every unit it needs; a unit whose key is unchanged is a hit and
//! its stored result is shared (an `Arc`), the others are made again, in parallel. Units the
//! build did not ask for are dropped afterwards, so a deleted guide leaves nothing behind.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;
use std::sync::Arc;

use rayon::prelude::*;

use super::key::Key;

/// The results of one stage, by unit.
#[derive(Debug)]
pub struct Table<K, V> {
    entries: HashMap<K, (Key, Arc<V>)>,
    asked: HashSet<K>,
}

impl<K, V> Default for Table<K, V> {
    fn default() -> Self {
        Table {
            entries: HashMap::new(),
            asked: HashSet::new(),
        }
    }
}

impl<K: Hash + Eq + Clone + Send + Sync, V: Send + Sync> Table<K, V> {
    /// The result for each of `units` (in their order): stored when its key is unchanged, else
    /// made by `make` from the unit's id and data, in parallel. Returns the results and how
    /// many were made.
    pub fn run<U: Sync>(
        &mut self,
        units: &[(K, Key, U)],
        make: impl Fn(&K, &U) -> V + Sync,
    ) -> (Vec<Arc<V>>, usize) {
        let made: Vec<Option<Arc<V>>> = units
            .par_iter()
            .map(|(id, key, unit)| match self.entries.get(id) {
                Some((stored, _)) if stored == key => None,
                _ => Some(Arc::new(make(id, unit))),
            })
            .collect();
        let count = made.iter().filter(|m| m.is_some()).count();
        let mut out = Vec::with_capacity(units.len());
        for ((id, key, _), made) in units.iter().zip(made) {
            self.asked.insert(id.clone());
            let value = match made {
                Some(value) => {
                    self.entries.insert(id.clone(), (*key, value.clone()));
                    value
                }
                None => self.entries[id].1.clone(),
            };
            out.push(value);
        }
        (out, count)
    }

    /// Drops every unit not asked for since the last call: what the sources no longer have.
    pub fn sweep(&mut self) {
        let asked = std::mem::take(&mut self.asked);
        self.entries.retain(|id, _| asked.contains(id));
    }

    /// Every stored result.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.values().map(|(_, v)| v.as_ref())
    }

    /// How many units are stored.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when nothing is stored.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::key::KeyBuilder;

    #[test]
    fn unchanged_units_are_not_made_again() {
        let mut table: Table<&str, String> = Table::default();
        let key = |s: &str| KeyBuilder::new("t").str(s).finish();
        let units = vec![("a", key("1"), "one"), ("b", key("2"), "two")];
        let (out, made) = table.run(&units, |_, u| u.to_uppercase());
        assert_eq!((out[0].as_str(), made), ("ONE", 2));
        let units = vec![("a", key("1"), "one"), ("b", key("3"), "three")];
        let (out, made) = table.run(&units, |_, u| u.to_uppercase());
        assert_eq!((out[1].as_str(), made), ("THREE", 1));
        table.sweep();
        table.run(&[("a", key("1"), "one")], |_, u| u.to_uppercase());
        table.sweep();
        assert_eq!(table.len(), 1);
    }
}
