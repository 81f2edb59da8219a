//! The one place where the exports walk the tree.
//!
//! Everything else in [`export`](crate::export) and [`anchor`](crate::anchor) sees a document as
//! the flat sequence this adapter yields: each node's depth, kind name, span and named
//! sub-spans, in pre-order. When the tree's API changes, only this file changes.

use crate::ast::Document;
use crate::span::Span;

/// Every node kind the tree has, as named in JSON, in the order the tree introduces them
/// (the names of [`NodeKind::ALL`](crate::NodeKind::ALL)).
pub const KINDS: &[&str] = &{
    let all = crate::ast::NodeKind::ALL;
    let mut names = [""; crate::ast::NodeKind::ALL.len()];
    let mut i = 0;
    while i < all.len() {
        names[i] = all[i].as_str();
        i += 1;
    }
    names
};

/// One node, as the exports see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Item {
    /// 0 for the document, 1 for its blocks, and so on.
    pub depth: usize,
    /// The node's kind, as in JSON (one of [`KINDS`]).
    pub kind: &'static str,
    /// The node's span.
    pub span: Span,
    /// The node's id.
    pub id: crate::ast::NodeId,
    /// Named sub-spans that are not nodes (a label's `name` and `punct`, a quotation's `open`
    /// and `close`), in document order, named as in JSON.
    pub fields: Vec<(&'static str, Span)>,
}

/// The document's nodes in pre-order (document order, parents before their children).
pub(crate) fn items(doc: &Document) -> impl Iterator<Item = Item> + '_ {
    doc.nodes().map(|(depth, node)| Item {
        depth,
        kind: node.kind().as_str(),
        span: node.span(),
        id: node.id(),
        fields: node.fields().collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_known() {
        let text = "Summary\n* * *\n[[Page S1]]\nPutin: “We said ‘yes’ to US$1.3 billion; click here or www.example.org.”\nTrade grew.\n";
        let doc = crate::parse(text);
        let kinds: std::collections::BTreeSet<_> = items(&doc).map(|i| i.kind).collect();
        assert_eq!(kinds.len(), KINDS.len(), "{kinds:?}");
        assert!(kinds.iter().all(|k| KINDS.contains(k)));
    }

    #[test]
    fn a_label_has_its_name_and_colon() {
        let doc = crate::parse("Q: Why?");
        let label = items(&doc).find(|i| i.kind == "speaker_label");
        assert_eq!(
            label,
            Some(Item {
                depth: 3,
                kind: "speaker_label",
                span: Span::new(0, 2),
                id: crate::ast::NodeId::SpeakerLabel(doc.turns().next().unwrap().id()),
                fields: vec![("name", Span::new(0, 1)), ("punct", Span::new(1, 2))],
            })
        );
    }
}
