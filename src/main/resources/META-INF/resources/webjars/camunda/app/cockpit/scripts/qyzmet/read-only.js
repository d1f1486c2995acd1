// Qyzmet: Cockpit without the controls that change a case, for those who only read it (the quality manager, regional
// bodies, office heads). Cockpit 7.24 CE shows its toolbars (cancel, suspend, add a variable), the variables' edit and
// delete buttons and the tables' action columns (retry, ...) to every user, whatever the user may do; only the
// engine refuses the change afterwards (403: Qyzmet grants these people READ only, see README "Demo users").
// This script, loaded by Cockpit (config.js customScripts), asks the engine whether the signed-in user may UPDATE
// process instances and hides those controls when not. It starts hidden and shows them only when the engine says yes
// (administrators).
const ENGINE = '/camunda/api/engine/engine/default';
const USER = '/camunda/api/admin/auth/user/default';
const READ_ONLY = 'qyzmet-read-only';

const style = document.createElement('style');
style.textContent = `
  html.${READ_ONLY} .ctn-toolbar,
  html.${READ_ONLY} .cam-table td.actions,
  html.${READ_ONLY} .cam-table th.actions,
  html.${READ_ONLY} a.delete-deployment {
    display: none !important;
  }`;
document.head.appendChild(style);
document.documentElement.classList.add(READ_ONLY);

let checkedFor;

async function json(path) {
  const response = await fetch(path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  return response.ok ? response.json() : null;
}

/** Whether the signed-in user may change process instances (UPDATE on every process instance). */
async function mayChange() {
  const check = await json(ENGINE + '/authorization/check?permissionName=UPDATE&resourceName=processInstance'
    + '&resourceType=8');
  return !!(check && check.authorized === true);
}

async function refresh() {
  try {
    const user = await json(USER);
    const id = user && user.userId;
    if (id === checkedFor) {
      return;
    }
    checkedFor = id;
    const readOnly = !id || !(await mayChange());
    document.documentElement.classList.toggle(READ_ONLY, readOnly);
  } catch (e) {
    document.documentElement.classList.add(READ_ONLY);
  }
}

window.addEventListener('hashchange', refresh);
refresh();

export default [];
