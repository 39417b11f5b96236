// Mounts GraphiQL (UMD globals React, ReactDOM, GraphiQL) on #graphiql, pointed at the endpoint that served the page.
(function () {
  'use strict';
  var container = document.getElementById('graphiql');
  var endpoint = new URL(container.getAttribute('data-endpoint'), window.location.href).href;
  var fetcher = GraphiQL.createFetcher({ url: endpoint });
  ReactDOM.createRoot(container).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultEditorToolsVisibility: true,
      shouldPersistHeaders: false,
    })
  );
})();
