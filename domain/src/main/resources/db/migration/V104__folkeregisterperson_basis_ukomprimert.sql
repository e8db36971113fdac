-- V104: keep the person-basis cut inline and uncompressed (PostgreSQL compresses a row's values with pglz once the row
-- passes toast_tuple_target, 2 kB by default; a cut is some 2.4 kB). Every lookup and bulkoppslag reads it, and pglz
-- decompression was 17 % of the database's CPU on a bulkoppslag of 1 000 (perf). Measured with 100 000 persons: the
-- database's CPU per bulkoppslag fell from 19-23 ms to 14-16 ms, for a table of 270 MB instead of 101 MB. Only rows of
-- over 8 160 bytes, which do not fit in a page, are still compressed. The full versions (persondokument) are read
-- far less often and stay compressed. Applies to rows written from now on; the loader writes every row of a new
-- register after the migrations have run.
alter table folkeregisterperson set (toast_tuple_target = 8160);
