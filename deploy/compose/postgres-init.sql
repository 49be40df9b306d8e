-- One database and one owner role per service (no service reads another's tables). Local passwords only.
create role intake login password 'intake';
create database intake owner intake;
create role prescription login password 'prescription';
create database prescription owner prescription;
create role session login password 'session';
create database session owner session;
create role checkin login password 'checkin';
create database checkin owner checkin;
create role webhook login password 'webhook';
create database webhook owner webhook;
