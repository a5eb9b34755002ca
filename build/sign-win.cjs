// electron-builder `win.signtoolOptions.sign` hook. Signs with signtool when SHOPDESK_WIN_CERT
// (a .pfx path) is set; without it the build stays unsigned and says so, instead of failing.
const { execFileSync } = require('node:child_process');

exports.default = async function sign(configuration) {
  const cert = process.env.SHOPDESK_WIN_CERT;
  if (!cert) {
    console.log(`[sign-win] SHOPDESK_WIN_CERT not set; ${configuration.path} left unsigned`);
    return;
  }
  const args = ['sign', '/f', cert, '/fd', 'sha256', '/tr', 'http://timestamp.digicert.com', '/td', 'sha256'];
  if (process.env.SHOPDESK_WIN_CERT_PASSWORD) args.push('/p', process.env.SHOPDESK_WIN_CERT_PASSWORD);
  execFileSync('signtool', [...args, configuration.path], { stdio: 'inherit' });
};
