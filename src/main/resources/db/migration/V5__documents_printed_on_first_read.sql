-- Issue 21 (the cost of a case). A document is issued in the transaction of the case step as its XHTML: what it says
-- (the filled template) is fixed there and never changes. Its PDF is rendered from that XHTML the first time somebody
-- reads it (prints it, lists it, downloads it) and kept: content and sha256 are written once, by a conditional update
-- (content is null), and never changed again; printing again returns these bytes. The intake no longer renders a PDF
-- inside the transaction that starts the case (the benchmark's S01 intake rate fell from 184 to 42 cases/s when the
-- receipt was rendered there).
alter table issued_document add column xhtml text;
alter table issued_document alter column content drop not null;
alter table issued_document alter column sha256 drop not null;
