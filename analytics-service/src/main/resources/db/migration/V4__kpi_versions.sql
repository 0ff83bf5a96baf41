-- What a programme's KPIs are computed from changes only in the consumers' batch
-- transactions. Each such transaction gives every scope it touched a fresh value from
-- kpi_change, so a computed KPI document can be served again for as long as the values of its
-- scopes are the ones it was computed at. A scope is a programme id, or the nil uuid for the
-- facts every programme reads (HRIS records, erasures). Values come from a sequence rather than
-- a counter, so emptying this table never makes an old value current again.
create sequence kpi_change;

create table kpi_version (
    scope   uuid primary key,
    version bigint not null
);
