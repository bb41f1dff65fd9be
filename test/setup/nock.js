// Each test file gets its own copy of nock, but Node's http module is shared by every file a Jest
// worker runs. Un-patching it after each file keeps the next file's nock the only one listening,
// so that a request is never answered by a previous file's (empty) interceptors.
const nock = require('nock');

beforeAll(() => {
	if (!nock.isActive()) nock.activate();
	nock.disableNetConnect();
});

afterAll(() => {
	nock.cleanAll();
	nock.restore();
});
