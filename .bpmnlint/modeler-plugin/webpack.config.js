const path = require('path');

// Bundles client/index.js with the repository's .bpmnlintrc: bpmnlint-loader turns the configuration into a static
// resolver that imports each rule, resolved from this package's node_modules (the .bpmnlintrc lies outside it).
module.exports = {
  mode: 'production',
  entry: './client/index.js',
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: 'client.js'
  },
  module: {
    rules: [
      {
        test: /\.bpmnlintrc$/,
        use: 'bpmnlint-loader'
      }
    ]
  },
  resolve: {
    modules: [ path.resolve(__dirname, 'node_modules'), 'node_modules' ]
  },
  resolveLoader: {
    modules: [ path.resolve(__dirname, 'node_modules'), 'node_modules' ]
  },
  devtool: false
};
