//! Reading a node's kind and span out of its serialization, for the [proxy](super::proxy).

use serde::ser::{self, Impossible, Serialize, SerializeSeq, SerializeTuple, Serializer};
use std::fmt;

/// What [`Capture`] found in a value: the proxy only needs a node's kind and its span.
pub(super) enum Captured {
    Str(String),
    Int(u64),
    Pair(u32, u32),
}

/// A serializer that reads a string, an integer or a pair of `u32` (a span) out of a value,
/// and fails on anything else.
pub(super) struct Capture;

/// Why [`Capture`] failed: the value is not what it reads.
#[derive(Debug)]
pub(super) struct NotCaptured;

impl fmt::Display for NotCaptured {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a string, an integer or a span")
    }
}

impl std::error::Error for NotCaptured {}

impl ser::Error for NotCaptured {
    fn custom<T: fmt::Display>(_: T) -> Self {
        NotCaptured
    }
}

macro_rules! reject {
    ($($method:ident($($ty:ty),*)),* $(,)?) => {
        $(fn $method(self $(, _: $ty)*) -> Result<Captured, NotCaptured> {
            Err(NotCaptured)
        })*
    };
}

macro_rules! integer {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(fn $method(self, v: $ty) -> Result<Captured, NotCaptured> {
            u64::try_from(v).map(Captured::Int).map_err(|_| NotCaptured)
        })*
    };
}

/// The two integers of a span, as they come.
pub(super) struct PairOf(Vec<u64>);

impl PairOf {
    fn push<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), NotCaptured> {
        match value.serialize(Capture)? {
            Captured::Int(n) if self.0.len() < 2 => {
                self.0.push(n);
                Ok(())
            }
            _ => Err(NotCaptured),
        }
    }

    fn finish(self) -> Result<Captured, NotCaptured> {
        match *self.0.as_slice() {
            [a, b] => match (u32::try_from(a), u32::try_from(b)) {
                (Ok(a), Ok(b)) => Ok(Captured::Pair(a, b)),
                _ => Err(NotCaptured),
            },
            _ => Err(NotCaptured),
        }
    }
}

impl SerializeSeq for PairOf {
    type Ok = Captured;
    type Error = NotCaptured;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), NotCaptured> {
        self.push(value)
    }
    fn end(self) -> Result<Captured, NotCaptured> {
        self.finish()
    }
}

impl SerializeTuple for PairOf {
    type Ok = Captured;
    type Error = NotCaptured;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), NotCaptured> {
        self.push(value)
    }
    fn end(self) -> Result<Captured, NotCaptured> {
        self.finish()
    }
}

impl Serializer for Capture {
    type Ok = Captured;
    type Error = NotCaptured;
    type SerializeSeq = PairOf;
    type SerializeTuple = PairOf;
    type SerializeTupleStruct = Impossible<Captured, NotCaptured>;
    type SerializeTupleVariant = Impossible<Captured, NotCaptured>;
    type SerializeMap = Impossible<Captured, NotCaptured>;
    type SerializeStruct = Impossible<Captured, NotCaptured>;
    type SerializeStructVariant = Impossible<Captured, NotCaptured>;

    integer!(
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
    );
    reject!(
        serialize_bool(bool),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
        serialize_unit_variant(&'static str, u32, &'static str),
    );

    fn serialize_str(self, v: &str) -> Result<Captured, NotCaptured> {
        Ok(Captured::Str(v.to_owned()))
    }
    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<Captured, NotCaptured> {
        Err(NotCaptured)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Captured, NotCaptured> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Captured, NotCaptured> {
        Err(NotCaptured)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<PairOf, NotCaptured> {
        Ok(PairOf(Vec::with_capacity(2)))
    }
    fn serialize_tuple(self, _: usize) -> Result<PairOf, NotCaptured> {
        Ok(PairOf(Vec::with_capacity(2)))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, NotCaptured> {
        Err(NotCaptured)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, NotCaptured> {
        Err(NotCaptured)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, NotCaptured> {
        Err(NotCaptured)
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, NotCaptured> {
        Err(NotCaptured)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, NotCaptured> {
        Err(NotCaptured)
    }
}
