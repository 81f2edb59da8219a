//! Columns in Apache Arrow's memory layout (validity bitmaps, offsets, values), built in Rust
//! and handed to Python as `bytes`, where `pyarrow.Array.from_buffers` wraps them without
//! looking at a single value. The table of a corpus job is made this way: no Python object
//! per row.
//!
//! Layouts (Arrow columnar format): a validity bitmap has one bit per slot, least significant
//! first, 1 for a value; a `string` column has `len + 1` little-endian `i32` offsets into its
//! UTF-8 data; fixed-width columns are little-endian values; a `list` column is offsets into
//! its child columns.

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyTuple};

/// One bit per slot: whether it holds a value.
#[derive(Default)]
pub struct Validity {
    bits: Vec<u8>,
    len: usize,
    nulls: usize,
}

impl Validity {
    fn push(&mut self, valid: bool) {
        if self.len % 8 == 0 {
            self.bits.push(0);
        }
        if valid {
            if let Some(last) = self.bits.last_mut() {
                *last |= 1 << (self.len % 8);
            }
        } else {
            self.nulls += 1;
        }
        self.len += 1;
    }

    /// The bitmap as `bytes`, or None when every slot holds a value (Arrow then needs none).
    fn to_py<'py>(&self, py: Python<'py>) -> Option<Bound<'py, PyBytes>> {
        (self.nulls > 0).then(|| PyBytes::new(py, &self.bits))
    }
}

/// A column of strings, nullable.
pub struct Strings {
    offsets: Vec<i32>,
    data: Vec<u8>,
    valid: Validity,
}

impl Default for Strings {
    fn default() -> Self {
        Strings {
            offsets: vec![0],
            data: Vec::new(),
            valid: Validity::default(),
        }
    }
}

/// The error when one batch holds more than Arrow's `string` can (2 GiB of text in a
/// column): the caller makes smaller batches.
pub fn too_large() -> String {
    "a batch's column holds more than 2 GiB of text: give fewer documents per batch".to_owned()
}

impl Strings {
    pub fn push(&mut self, s: Option<&str>) -> Result<(), String> {
        if let Some(s) = s {
            self.data.extend_from_slice(s.as_bytes());
        }
        let end = i32::try_from(self.data.len()).map_err(|_| too_large())?;
        self.offsets.push(end);
        self.valid.push(s.is_some());
        Ok(())
    }

    /// `(validity, offsets, data)`.
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let offsets: Vec<u8> = self.offsets.iter().flat_map(|o| o.to_le_bytes()).collect();
        PyTuple::new(
            py,
            [
                self.valid.to_py(py).map(Bound::into_any),
                Some(PyBytes::new(py, &offsets).into_any()),
                Some(PyBytes::new(py, &self.data).into_any()),
            ],
        )
    }
}

/// A column of integers (`i32` or `i64`), nullable.
#[derive(Default)]
pub struct Ints<T> {
    values: Vec<T>,
    valid: Validity,
}

/// What `Ints` needs of its integer type.
pub trait Int: Copy + Default {
    fn extend_le(self, out: &mut Vec<u8>);
}

impl Int for i32 {
    fn extend_le(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
}

impl Int for i64 {
    fn extend_le(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
}

impl<T: Int> Ints<T> {
    pub fn push(&mut self, v: Option<T>) {
        self.values.push(v.unwrap_or_default());
        self.valid.push(v.is_some());
    }

    /// `(validity, values)`.
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let mut bytes = Vec::with_capacity(self.values.len() * std::mem::size_of::<T>());
        for v in &self.values {
            v.extend_le(&mut bytes);
        }
        PyTuple::new(
            py,
            [
                self.valid.to_py(py).map(Bound::into_any),
                Some(PyBytes::new(py, &bytes).into_any()),
            ],
        )
    }
}

/// A column, as Python receives it: its buffers in Arrow's order.
pub enum Column<'a> {
    Strings(&'a Strings),
    Int32(&'a Ints<i32>),
    Int64(&'a Ints<i64>),
    /// The offsets of a list column (never null).
    Offsets(&'a [i32]),
}

impl Column<'_> {
    pub fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        match self {
            Column::Strings(c) => c.to_py(py),
            Column::Int32(c) => c.to_py(py),
            Column::Int64(c) => c.to_py(py),
            Column::Offsets(o) => {
                let bytes: Vec<u8> = o.iter().flat_map(|o| o.to_le_bytes()).collect();
                PyTuple::new(py, [None, Some(PyBytes::new(py, &bytes).into_any())])
            }
        }
    }
}
