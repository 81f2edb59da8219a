//! Deserialising enums whose variants are self-tagged node structs.
//!
//! Every node struct carries its own `"kind"` (`#[serde(tag = "kind", rename = "...")]`), so the
//! enums that hold them serialise untagged. Deserialising untagged would try each variant in
//! turn and could pick the wrong one; this macro instead dispatches on `"kind"` through an
//! internally tagged mirror enum.

macro_rules! deserialize_by_kind {
    ($ty:ident, $repr:ident { $($kind:literal => $variant:ident($inner:ty)),+ $(,)? }) => {
        #[derive(serde::Deserialize)]
        #[serde(tag = "kind")]
        enum $repr {
            $(#[serde(rename = $kind)] $variant($inner),)+
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                Ok(match <$repr as serde::Deserialize>::deserialize(d)? {
                    $($repr::$variant(x) => $ty::$variant(x),)+
                })
            }
        }
    };
}

pub(crate) use deserialize_by_kind;
