//! A serde serializer that wraps another and adds [`Json`]'s fields to every
//! object that has a span, as the document's own `Serialize` writes it. It forwards everything
//! else unchanged, so the output is the document's usual serialization plus those fields, in
//! the same order, streamed (no intermediate value), in any self-describing format.
//!
//! Named sub-spans come from the [walk adapter](super::walk), matched to the objects by kind in
//! pre-order: the JSON and the walk both list nodes in document order.

use super::capture::{Capture, Captured};
use super::json::{Extras, Json};
use super::walk::{Item, items};
use crate::analysis::Analysis;
use crate::ast::NodeId;
use crate::position::{LineIndex, Unit};
use crate::span::Span;
use serde::ser::{
    Error as _, Serialize, SerializeMap, SerializeSeq, SerializeStruct, SerializeStructVariant,
    SerializeTuple, SerializeTupleStruct, SerializeTupleVariant, Serializer,
};
use std::cell::Cell;

/// What every level of the serialization shares.
pub(crate) struct Ctx<'a> {
    text: &'a str,
    index: LineIndex<'a>,
    extras: Extras,
    source: Option<&'a str>,
    items: Vec<Item>,
    next_item: Cell<usize>,
    started: Cell<bool>,
    doc: &'a crate::ast::Document,
    analysis: Option<&'a Analysis>,
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(json: &'a Json<'a>) -> Self {
        Ctx {
            text: json.text,
            index: LineIndex::new(json.text),
            extras: json.extras,
            source: json.source.as_deref(),
            items: items(json.doc).collect(),
            next_item: Cell::new(0),
            started: Cell::new(false),
            doc: json.doc,
            analysis: json.analysis,
        }
    }

    /// The next node of the walk, if it has this kind.
    fn take_item(&self, kind: &str) -> Option<&Item> {
        let at = self.next_item.get();
        let item = self.items.get(at).filter(|i| i.kind == kind)?;
        self.next_item.set(at + 1);
        Some(item)
    }
}

/// A value to serialize through the proxy.
struct Wrap<'v, 'c, 'a, T: ?Sized> {
    value: &'v T,
    ctx: &'c Ctx<'a>,
}

impl<T: ?Sized + Serialize> Serialize for Wrap<'_, '_, '_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(Ser::new(serializer, self.ctx))
    }
}

/// The proxy serializer.
pub(crate) struct Ser<'c, 'a, S> {
    inner: S,
    ctx: &'c Ctx<'a>,
}

impl<'c, 'a, S> Ser<'c, 'a, S> {
    pub(crate) fn new(inner: S, ctx: &'c Ctx<'a>) -> Self {
        Ser { inner, ctx }
    }
}

/// A compound value (sequence, map, ...) whose elements go through the proxy.
pub(crate) struct Compound<'c, 'a, C> {
    inner: C,
    ctx: &'c Ctx<'a>,
}

macro_rules! forward {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(fn $method(self, v: $ty) -> Result<S::Ok, S::Error> {
            self.inner.$method(v)
        })*
    };
}

impl<'c, 'a, S: Serializer> Serializer for Ser<'c, 'a, S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Compound<'c, 'a, S::SerializeSeq>;
    type SerializeTuple = Compound<'c, 'a, S::SerializeTuple>;
    type SerializeTupleStruct = Compound<'c, 'a, S::SerializeTupleStruct>;
    type SerializeTupleVariant = Compound<'c, 'a, S::SerializeTupleVariant>;
    type SerializeMap = Compound<'c, 'a, S::SerializeMap>;
    type SerializeStruct = Object<'c, 'a, S::SerializeStruct>;
    type SerializeStructVariant = Compound<'c, 'a, S::SerializeStructVariant>;

    forward!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_i128(i128),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_u128(u128),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_unit_struct(&'static str),
    );

    fn serialize_none(self) -> Result<S::Ok, S::Error> {
        self.inner.serialize_none()
    }
    fn serialize_unit(self) -> Result<S::Ok, S::Error> {
        self.inner.serialize_unit()
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<S::Ok, S::Error> {
        let ctx = self.ctx;
        self.inner.serialize_some(&Wrap { value, ctx })
    }
    fn serialize_unit_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
    ) -> Result<S::Ok, S::Error> {
        self.inner.serialize_unit_variant(name, index, variant)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        let ctx = self.ctx;
        self.inner
            .serialize_newtype_struct(name, &Wrap { value, ctx })
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        let ctx = self.ctx;
        self.inner
            .serialize_newtype_variant(name, index, variant, &Wrap { value, ctx })
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        let inner = self.inner.serialize_seq(len)?;
        Ok(Compound {
            inner,
            ctx: self.ctx,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple, S::Error> {
        let inner = self.inner.serialize_tuple(len)?;
        Ok(Compound {
            inner,
            ctx: self.ctx,
        })
    }
    fn serialize_tuple_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct, S::Error> {
        let inner = self.inner.serialize_tuple_struct(name, len)?;
        Ok(Compound {
            inner,
            ctx: self.ctx,
        })
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        let inner = self
            .inner
            .serialize_tuple_variant(name, index, variant, len)?;
        Ok(Compound {
            inner,
            ctx: self.ctx,
        })
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap, S::Error> {
        let inner = self.inner.serialize_map(len)?;
        Ok(Compound {
            inner,
            ctx: self.ctx,
        })
    }
    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        let mut inner = self.inner.serialize_struct(name, len)?;
        // The first object is the document (which writes its own version first).
        let root = !self.ctx.started.replace(true);
        if root {
            if let Some(source) = self.ctx.source {
                inner.serialize_field("source", source)?;
            }
        }
        Ok(Object {
            inner,
            ctx: self.ctx,
            root,
            item: None,
        })
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        let inner = self
            .inner
            .serialize_struct_variant(name, index, variant, len)?;
        Ok(Compound {
            inner,
            ctx: self.ctx,
        })
    }
    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

macro_rules! compound {
    ($trait:ident, $method:ident $(, $key:ident)?) => {
        impl<C: $trait> $trait for Compound<'_, '_, C> {
            type Ok = C::Ok;
            type Error = C::Error;
            fn $method<T: ?Sized + Serialize>(
                &mut self,
                $($key: &'static str,)?
                value: &T,
            ) -> Result<(), C::Error> {
                let ctx = self.ctx;
                self.inner.$method($($key,)? &Wrap { value, ctx })
            }
            fn end(self) -> Result<C::Ok, C::Error> {
                self.inner.end()
            }
        }
    };
}

compound!(SerializeSeq, serialize_element);
compound!(SerializeTuple, serialize_element);
compound!(SerializeTupleStruct, serialize_field);
compound!(SerializeTupleVariant, serialize_field);
compound!(SerializeStructVariant, serialize_field, key);

impl<C: SerializeMap> SerializeMap for Compound<'_, '_, C> {
    type Ok = C::Ok;
    type Error = C::Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), C::Error> {
        let ctx = self.ctx;
        self.inner.serialize_key(&Wrap { value: key, ctx })
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), C::Error> {
        let ctx = self.ctx;
        self.inner.serialize_value(&Wrap { value, ctx })
    }
    fn end(self) -> Result<C::Ok, C::Error> {
        self.inner.end()
    }
}

/// An object (a struct): a node, a diagnostic, or anything else with fields.
pub(crate) struct Object<'c, 'a, C> {
    inner: C,
    ctx: &'c Ctx<'a>,
    root: bool,
    item: Option<&'c Item>,
}

impl<C: SerializeStruct> SerializeStruct for Object<'_, '_, C> {
    type Ok = C::Ok;
    type Error = C::Error;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), C::Error> {
        match key {
            "kind" => {
                if let Ok(Captured::Str(kind)) = value.serialize(Capture) {
                    self.item = self.ctx.take_item(&kind);
                }
                self.inner.serialize_field(key, value)
            }
            "span" => {
                self.inner.serialize_field(key, value)?;
                if let Ok(Captured::Pair(start, end)) = value.serialize(Capture) {
                    self.extras(Span { start, end })?;
                }
                self.analysis_fields()
            }
            // Written first, by `serialize_struct`.
            "source" if self.root => Ok(()),
            _ if self.ctx.extras.names().any(|n| n == key) => Err(C::Error::custom(format!(
                "the field `{key}` of a `{}` collides with a field the export adds",
                self.item.map_or("node", |i| i.kind)
            ))),
            _ => {
                let ctx = self.ctx;
                self.inner.serialize_field(key, &Wrap { value, ctx })
            }
        }
    }

    fn skip_field(&mut self, key: &'static str) -> Result<(), C::Error> {
        self.inner.skip_field(key)
    }

    fn end(mut self) -> Result<C::Ok, C::Error> {
        if let (true, Some(analysis)) = (self.root, self.ctx.analysis) {
            let ctx = self.ctx;
            let speakers = Speakers(analysis);
            self.inner.serialize_field(
                "speakers",
                &Wrap {
                    value: &speakers,
                    ctx,
                },
            )?;
            let claims = Claims(analysis, ctx.doc);
            self.inner.serialize_field(
                "claims",
                &Wrap {
                    value: &claims,
                    ctx,
                },
            )?;
        }
        self.inner.end()
    }
}

impl<C: SerializeStruct> Object<'_, '_, C> {
    /// The analysis of a sentence (its act and cue) or of a turn (its speaker), after its span.
    fn analysis_fields(&mut self) -> Result<(), C::Error> {
        let (Some(analysis), Some(item)) = (self.ctx.analysis, self.item) else {
            return Ok(());
        };
        match item.id {
            NodeId::Sentence(s) => {
                if let Some(act) = analysis.act(s) {
                    self.inner.serialize_field("act", &act.act)?;
                    let ctx = self.ctx;
                    self.inner.serialize_field(
                        "cue",
                        &Wrap {
                            value: &act.cue,
                            ctx,
                        },
                    )?;
                }
            }
            NodeId::Turn(t) => self
                .inner
                .serialize_field("speaker", &analysis.speaker_of(t))?,
            _ => {}
        }
        Ok(())
    }

    /// Writes the extra fields of an object whose span is `span`.
    fn extras(&mut self, span: Span) -> Result<(), C::Error> {
        let ctx = self.ctx;
        let fields: &[(&str, Span)] = match self.item {
            Some(item) if item.span == span => &item.fields,
            Some(item) => {
                return Err(C::Error::custom(format!(
                    "the tree walk and the JSON disagree: a `{}` at {} in one, at {span} in the other",
                    item.kind, item.span
                )));
            }
            None => &[],
        };
        if ctx.extras.content {
            let text =
                super::selector::slice(ctx.text, span.start, span.end).map_err(C::Error::custom)?;
            self.inner.serialize_field("content", text)?;
        }
        for (on, name, unit) in [
            (ctx.extras.chars, "chars", Some(Unit::Chars)),
            (ctx.extras.utf16, "utf16", Some(Unit::Utf16)),
            (ctx.extras.lines, "lines", None),
        ] {
            if on {
                let offsets = Offsets {
                    index: &ctx.index,
                    span,
                    fields,
                    unit,
                };
                self.inner.serialize_field(name, &offsets)?;
            }
        }
        Ok(())
    }
}

/// `{"span": ..., "<field>": ..., ...}` in one unit, or as lines and columns.
struct Offsets<'i, 'f> {
    index: &'i LineIndex<'i>,
    span: Span,
    fields: &'f [(&'f str, Span)],
    /// `None` for `[[line, column], [line, column]]`, from 1.
    unit: Option<Unit>,
}

impl Serialize for Offsets<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.fields.len() + 1))?;
        let all = std::iter::once(("span", self.span)).chain(self.fields.iter().copied());
        for (name, span) in all {
            match self.unit {
                Some(unit) => {
                    let range = self.index.span_in(span, unit).map_err(S::Error::custom)?;
                    map.serialize_entry(name, &range)?;
                }
                None => {
                    let at = |byte| {
                        self.index
                            .line_col(byte)
                            .map(|p| [p.line + 1, p.column + 1])
                            .map_err(S::Error::custom)
                    };
                    map.serialize_entry(name, &[at(span.start)?, at(span.end)?])?;
                }
            }
        }
        map.end()
    }
}

/// The analysis's speakers, as the JSON lists them.
struct Speakers<'a>(&'a Analysis);

impl Serialize for Speakers<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.speakers().iter().map(|s| SpeakerJson {
            kind: "speaker",
            name: &s.name,
            role: s.role.as_ref(),
            anonymous: s.anonymous,
            turns: &s.labels,
        }))
    }
}

#[derive(serde::Serialize)]
struct SpeakerJson<'a> {
    kind: &'static str,
    name: &'a crate::analysis::Mention,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<&'a crate::analysis::Mention>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    anonymous: bool,
    turns: &'a [usize],
}

/// The analysis's claims, as the JSON lists them.
struct Claims<'a>(&'a Analysis, &'a crate::ast::Document);

impl Serialize for Claims<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.claims(self.1).map(|c| ClaimJson {
            kind: "claim",
            span: c.span(),
            sentence: c.sentence().id().index(),
            speaker: c.speaker_index(),
            cue: c.cue(),
            figures: c.figures().collect(),
        }))
    }
}

#[derive(serde::Serialize)]
struct ClaimJson {
    kind: &'static str,
    span: Span,
    sentence: usize,
    speaker: Option<usize>,
    cue: crate::analysis::Cue,
    figures: Vec<crate::ast::Figure>,
}

/// [`Json`] is written by running the document's own serialisation through the proxy.
impl Serialize for Json<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let ctx = Ctx::new(self);
        self.doc.serialize(Ser::new(serializer, &ctx))
    }
}
