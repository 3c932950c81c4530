//! Memo keys: a SHA-256 over the inputs a unit of work declares, so a result is reused
//! exactly when every input it read is byte-for-byte what it was.

use std::fmt;

use sha2::{Digest, Sha256};

/// The digest of a unit's inputs.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Key([u8; 32]);

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for byte in &self.0[..6] {
            write!(f, "{byte:02x}")?;
        }
        Ok(())
    }
}

/// Builds a [`Key`] from fields. Every field is length-prefixed, so `("ab", "c")` and
/// `("a", "bc")` never give the same key.
pub struct KeyBuilder(Sha256);

impl KeyBuilder {
    /// A key for one kind of work (`"parse"`, `"page"`): the kind is the first field, so
    /// two kinds of unit never share a key.
    pub fn new(kind: &str) -> Self {
        let mut builder = KeyBuilder(Sha256::new());
        builder.bytes(kind.as_bytes());
        builder
    }

    /// Adds bytes.
    pub fn bytes(&mut self, bytes: &[u8]) -> &mut Self {
        self.0.update((bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    /// Adds text.
    pub fn str(&mut self, text: &str) -> &mut Self {
        self.bytes(text.as_bytes())
    }

    /// Adds a number.
    pub fn num(&mut self, n: u64) -> &mut Self {
        self.bytes(&n.to_le_bytes())
    }

    /// Adds another key.
    pub fn key(&mut self, key: &Key) -> &mut Self {
        self.bytes(&key.0)
    }

    /// Adds a value through its `Debug` form: for small settings structs whose every field
    /// matters (derived `Debug` prints every field, in declaration order).
    pub fn debug(&mut self, value: &impl fmt::Debug) -> &mut Self {
        self.str(&format!("{value:?}"))
    }

    /// The key.
    pub fn finish(&self) -> Key {
        Key(self.0.clone().finalize().into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_delimited() {
        let a = KeyBuilder::new("k").str("ab").str("c").finish();
        let b = KeyBuilder::new("k").str("a").str("bc").finish();
        assert_ne!(a, b);
        assert_eq!(a, KeyBuilder::new("k").str("ab").str("c").finish());
        assert_ne!(a, KeyBuilder::new("other").str("ab").str("c").finish());
    }
}
