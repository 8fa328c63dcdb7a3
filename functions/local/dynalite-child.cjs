// dynalite in its own process, so that local mode's HTTP server and the database use both cores.
// It reports its port to the parent over IPC and stops when the parent goes away.
const dynalite = require('dynalite');

const server = dynalite({ path: process.argv[2], createTableMs: 0 });
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
process.on('disconnect', () => server.close(() => process.exit(0)));
