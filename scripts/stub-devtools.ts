/** Stands in for react-devtools-core, which ink imports only in development; never called. */
const devtools = {initialize() {}, connectToDevTools() {}};
export default devtools;
