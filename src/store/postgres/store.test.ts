import { postgresForThisFile } from '../../../test/support/postgres.ts';
import { storeContract } from '../contract/store-contract.ts';
import { webhookDeliveriesContract } from '../contract/webhook-contract.ts';
import { PostgresStore } from './store.ts';

const postgres = postgresForThisFile();

storeContract('PostgreSQL', async () => {
  const store = new PostgresStore({ url: await postgres().createDatabase(), poolSize: 2 });
  await store.migrate();
  return store;
});

webhookDeliveriesContract('PostgreSQL', async () => {
  const store = new PostgresStore({ url: await postgres().createDatabase(), poolSize: 2 });
  await store.migrate();
  return store;
});
